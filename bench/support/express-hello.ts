/** The reference the gateway is compared with: Express 5 answering "hello", in a process of its own. */
import express from 'express';

const app = express();
app.get('/', (_req, res) => {
  res.send('hello');
});
const server = app.listen(Number(process.argv[2] ?? 8091), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
