// Serves dist/ over https on localhost:3000 for sideloading. Excel only loads add-ins over https:
// create and trust a localhost certificate once with `npx office-addin-dev-certs install`, which
// writes it to ~/.office-addin-dev-certs/ (override with ADDIN_CERT / ADDIN_KEY).
import { readFile } from "node:fs/promises";
import { createServer } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("./dist/", import.meta.url));
const certs = join(homedir(), ".office-addin-dev-certs");
const port = Number(process.env.PORT ?? 3000);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
};

const server = createServer(
  {
    cert: await readFile(process.env.ADDIN_CERT ?? join(certs, "localhost.crt")),
    key: await readFile(process.env.ADDIN_KEY ?? join(certs, "localhost.key")),
  },
  async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "https://localhost").pathname));
    const file = join(root, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  },
);
server.listen(port, () => console.log(`tonghop add-in on https://localhost:${port}/taskpane.html`));
