// Validates AsyncAPI documents with the AsyncAPI parser (@asyncapi/parser: the JSON Schema of
// the spec, the bindings' schemas, $ref resolution and the spec's semantic rules).
//
//   node deploy/tools/validate-asyncapi.mjs FILE...
//
// Prints one JSON object per file on stdout: the diagnostics (severity 0 error, 1 warning,
// 2 information, 3 hint) and, when the document parsed, what the parser understood of it:
// channels with their addresses and messages, operations with their actions. Exits 1 when any
// file has an error.
import { readFile } from "node:fs/promises";
import { Parser } from "@asyncapi/parser";

const parser = new Parser();
let failed = false;

for (const file of process.argv.slice(2)) {
  const source = await readFile(file, "utf8");
  const { document, diagnostics } = await parser.parse(source, { source: file });
  const report = {
    file,
    valid: document !== undefined,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      code: String(d.code),
      message: d.message,
      path: d.path.join("/"),
    })),
  };
  if (document !== undefined) {
    report.version = document.version();
    report.channels = document.channels().all().map((channel) => ({
      id: channel.id(),
      address: channel.address(),
      messages: channel.messages().all().map((message) => message.id()),
      kafka: channel.bindings().get("kafka")?.value() ?? null,
    }));
    report.operations = document.operations().all().map((operation) => ({
      id: operation.id(),
      action: operation.action(),
      channels: operation.channels().all().map((channel) => channel.address()),
    }));
    report.messages = document.messages().all().map((message) => ({
      id: message.id(),
      contentType: message.contentType(),
      hasPayload: message.hasPayload(),
      key: message.bindings().get("kafka")?.value()?.key ?? null,
    }));
  }
  if (!report.valid || report.diagnostics.some((d) => d.severity === 0)) failed = true;
  process.stdout.write(JSON.stringify(report) + "\n");
}

process.exit(failed ? 1 : 0);
