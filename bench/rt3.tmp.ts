import { createDynamoClient } from '../src/store/dynamoHttp';
import { spawn } from 'node:child_process';
const q=(a:number[],p:number)=>{a=[...a].sort((x,y)=>x-y);return a[Math.ceil(p*a.length)-1]!.toFixed(3)};
(async()=>{
  const child = spawn(process.execPath, ['-e', `require('http').createServer((q,r)=>{q.resume();q.on('end',()=>{r.setHeader('content-type','application/x-amz-json-1.0');r.end(JSON.stringify({Item:{userId:{S:'x'},progress:{M:{week:{N:'3'}}},version:{N:'4'}}}))})}).listen(0,'127.0.0.1',function(){console.log(this.address().port)})`], {stdio:['ignore','pipe','inherit']});
  const port:number = await new Promise(r=>child.stdout!.once('data',b=>r(Number(String(b)))));
  const c2 = createDynamoClient({region:'us-east-1',credentials:{accessKeyId:'bench',secretAccessKey:'bench'},endpoint:`http://127.0.0.1:${port}`});
  const ctl = new AbortController();
  for (const mode of ['timeout','plainsig','timeout','plainsig']) {
  const t2:number[]=[];
  for (let i=0;i<3000;i++){const s=process.hrtime.bigint(); await c2.call('GetItem',{TableName:'x',Key:{userId:{S:'u'}}},mode==='timeout'?AbortSignal.timeout(1000):ctl.signal); t2.push(Number(process.hrtime.bigint()-s)/1e6);}
  const w2=t2.slice(500); console.log(mode,'p50',q(w2,.5),'p99',q(w2,.99)); }
  child.kill(); process.exit(0);
})();
