// llama.cpp peer for LangGap's generation bench and agreement test, through node-llama-cpp's prebuilt CPU engine.
//
// Usage: node bench/peers/llama_cpp_peer.mjs REQUEST.json
//   REQUEST: {"model": "FILE.gguf", "threads": 2, "context": 1024, "prompts": [[ids…], …], "max_tokens": 128 (or one per prompt),
//             "stop_at_eog": true, "runs": 1}
// Every prompt gets its own sequence of one context (so all prompts decode together, one batch per step), greedy.
// Prints JSON: {"outputs": [[ids…], …] (of the first run), "runs": [{"seconds": s, "generated": n, "cpu_seconds": c}, …],
//               "engine": "node-llama-cpp X / llama.cpp build", "threads": n}
// The node-llama-cpp install is found in LANGGAP_NODE_LLAMA_CPP (the folder holding node_modules), else next to this file.
import { readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const request = JSON.parse(readFileSync(process.argv[2], "utf8"));
const home = process.env.LANGGAP_NODE_LLAMA_CPP ?? dirname(fileURLToPath(import.meta.url));
const entry = join(home, "node_modules", "node-llama-cpp", "dist", "index.js");
if (!existsSync(entry)) {
  console.error(`node-llama-cpp is not installed in ${home} (npm install --prefix bench/peers, or set LANGGAP_NODE_LLAMA_CPP to the folder holding node_modules)`);
  process.exit(3);
}
const { getLlama, LlamaLogLevel } = await import(pathToFileURL(entry).href);
const version = JSON.parse(readFileSync(join(home, "node_modules", "node-llama-cpp", "package.json"), "utf8")).version;

const threads = request.threads ?? 1;
const llama = await getLlama({ gpu: false, build: "never", maxThreads: threads, logLevel: LlamaLogLevel.error });
const model = await llama.loadModel({ modelPath: request.model, gpuLayers: 0 });
const prompts = request.prompts;
const limits = prompts.map((_, i) => Array.isArray(request.max_tokens) ? request.max_tokens[i] : (request.max_tokens ?? 128));
const stopAtEog = request.stop_at_eog ?? true;

async function runOnce() {
  const context = await model.createContext({
    // The context's cells are shared by its sequences: room for every prompt and its new tokens.
    contextSize: request.context ?? prompts.reduce((n, p, i) => n + p.length + limits[i] + 1, 0) + 256, sequences: prompts.length, threads: { ideal: threads, min: threads },
    batchSize: Math.max(512, prompts.length * 16),
  });
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const outputs = await Promise.all(prompts.map(async (prompt, i) => {
    const maxTokens = limits[i];
    const sequence = context.getSequence();
    const generated = [];
    if (maxTokens === 0) return generated;
    // yieldEogToken: without it node-llama-cpp ends the generation at an end-of-generation token by itself.
    for await (const token of sequence.evaluate(prompt, { temperature: 0, yieldEogToken: !stopAtEog })) {
      if (stopAtEog && model.isEogToken(token)) break;
      generated.push(token);
      if (generated.length >= maxTokens) break;
    }
    return generated;
  }));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  await context.dispose();
  return { outputs, seconds, generated: outputs.reduce((n, o) => n + o.length, 0), cpu_seconds: (cpu.user + cpu.system) / 1e6 };
}

const runs = [];
let outputs = null;
for (let i = 0; i < (request.runs ?? 1); i++) {
  const result = await runOnce();
  outputs ??= result.outputs;
  runs.push({ seconds: result.seconds, generated: result.generated, cpu_seconds: result.cpu_seconds });
}
process.stdout.write(JSON.stringify({ outputs, runs, engine: `node-llama-cpp ${version}`, threads }) + "\n");
await model.dispose();
await llama.dispose();
