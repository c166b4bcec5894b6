// A TCP proxy that holds every chunk for half a round trip in each direction:
// the bench's stand-in for the network between a Lambda and DynamoDB in its
// region, which loopback lacks. Without a round trip to wait on, warming the
// connection at init has nothing to overlap with, so it can only look like cost.
// Usage: node delayProxy.cjs <targetPort> <rttMs>; prints the port it listens on.
'use strict';
const net = require('node:net');

const [targetPort, rttMs] = process.argv.slice(2).map(Number);
const half = rttMs / 2;

// Each direction keeps its order: a chunk leaves half a round trip after it came in.
function delayed(from, to) {
  from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), half));
  from.on('end', () => setTimeout(() => to.end(), half));
  from.on('error', () => to.destroy());
}

const server = net.createServer((client) => {
  client.setNoDelay(true);
  const upstream = net.connect({ host: '127.0.0.1', port: targetPort });
  upstream.setNoDelay(true);
  // The handshake's SYN/SYN-ACK: the connection opens a round trip later, as over a network.
  client.pause();
  upstream.once('connect', () => setTimeout(() => client.resume(), rttMs));
  delayed(client, upstream);
  delayed(upstream, client);
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
