// Starts s3rver on 127.0.0.1 for the storage tests: node serve.mjs <port> <data folder> <bucket>.
// Prints "ready <port>" once it accepts requests; stops when its standard input closes, so a test
// run that dies cannot leave it behind.
import S3rver from 's3rver';

const [port, directory, bucket] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: Number(port),
  directory,
  silent: true,
  configureBuckets: [{ name: bucket }],
});
await server.run();
console.log(`ready ${port}`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  process.exit(0);
});
