import { request, Agent } from 'node:http';
import { spawn } from 'node:child_process';
import { sign } from 'aws4';
const q=(a:number[],p:number)=>{a=[...a].sort((x,y)=>x-y);return a[Math.ceil(p*a.length)-1]!.toFixed(3)};
(async()=>{
  const t0:number[]=[];
  for (let i=0;i<5000;i++){const s=process.hrtime.bigint(); sign({host:'h',path:'/',method:'POST',service:'dynamodb',region:'us-east-1',headers:{'content-type':'application/x-amz-json-1.0','x-amz-target':'DynamoDB_20120810.GetItem'},body:'{"TableName":"x","Key":{"userId":{"S":"u"}}}'},{accessKeyId:'a',secretAccessKey:'b'}); t0.push(Number(process.hrtime.bigint()-s)/1e6);}
  console.log('sign p50',q(t0.slice(500),.5),'p99',q(t0.slice(500),.99));
  const child = spawn(process.execPath, ['-e', `require('http').createServer((q,r)=>{q.resume();q.on('end',()=>r.end('{}'))}).listen(0,'127.0.0.1',function(){console.log(this.address().port)})`], {stdio:['ignore','pipe','inherit']});
  const port:number = await new Promise(r=>child.stdout!.once('data',b=>r(Number(String(b)))));
  const agent = new Agent({keepAlive:true});
  const once=()=>new Promise<void>((res,rej)=>{const r=request({hostname:'127.0.0.1',port,method:'POST',path:'/',agent},(m)=>{m.resume();m.on('end',()=>res())});r.on('error',rej);r.end('{}')});
  for (const mode of ['plain','plain']) { const t:number[]=[]; for (let i=0;i<3000;i++){const s=process.hrtime.bigint(); await once(); t.push(Number(process.hrtime.bigint()-s)/1e6);} console.log(mode,'p50',q(t.slice(500),.5),'p99',q(t.slice(500),.99),'max',q(t,1)); }
  child.kill(); process.exit(0);
})();
