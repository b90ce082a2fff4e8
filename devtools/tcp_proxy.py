"""A TCP proxy on loopback that can fail on demand, for outage tests (`make loadtest`, tests).

Put it between the app and PostgreSQL or Redis, then switch it:

- `forward()`: pass bytes both ways (the normal state);
- `refuse()`: drop every open connection and stop listening: the service is unreachable;
- `blackhole()`: drop every open connection, then accept new ones but never answer: a
  service that hangs;
- `silence()`: keep every open connection open but pass nothing on any more, and accept new
  ones without answering them: a service that hangs with its clients still connected (the
  bytes sent are acknowledged, so TCP itself sees nothing wrong).

The machine's PostgreSQL and Redis are never touched. It runs its own event loop in a thread.
"""

import asyncio
import threading

FORWARD, REFUSE, BLACKHOLE, SILENT = "forward", "refuse", "blackhole", "silent"
CHUNK = 64 * 1024


class TcpProxy:
    def __init__(self, target_host, target_port, listen_host="127.0.0.1", listen_port=0):
        self.target = (target_host, target_port)
        self.host = listen_host
        self.port = listen_port
        self.mode = FORWARD
        self._server = None
        self._writers = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    def start(self):
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self):
        self._call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def forward(self):
        self._call(self._switch(FORWARD))

    def refuse(self):
        self._call(self._switch(REFUSE))

    def blackhole(self):
        self._call(self._switch(BLACKHOLE))

    def silence(self):
        self._call(self._switch(SILENT))

    def _call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)

    async def _listen(self):
        self._server = await asyncio.start_server(
            self._handle, self.host, self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def _shutdown(self):
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def _switch(self, mode):
        if mode in (REFUSE, BLACKHOLE):
            await self._shutdown()
        self.mode = mode
        if mode != REFUSE and self._server is None:
            await self._listen()

    async def _handle(self, client_reader, client_writer):
        self._writers.add(client_writer)
        server_writer = None
        try:
            if self.mode in (BLACKHOLE, SILENT):
                # Read and discard, never answer, until the client gives up or we switch.
                while await client_reader.read(CHUNK):
                    pass
                return
            try:
                server_reader, server_writer = await asyncio.open_connection(*self.target)
            except OSError:
                return
            self._writers.add(server_writer)
            await asyncio.gather(
                self._pipe(client_reader, server_writer),
                self._pipe(server_reader, client_writer),
            )
        finally:
            for writer in (client_writer, server_writer):
                if writer is not None:
                    self._writers.discard(writer)
                    writer.transport.abort()

    async def _pipe(self, reader, writer):
        try:
            while data := await reader.read(CHUNK):
                if self.mode == SILENT:
                    continue  # swallowed: the other end waits for an answer that never comes
                if self.mode != FORWARD:
                    break
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.transport.abort()
