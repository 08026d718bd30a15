using System.Globalization;
using LangGap.Cli.Options;
using LangGap.Torch.Gguf;
using LangGap.Torch.Resolution;

namespace LangGap.Cli.Commands.Generation;

/// <summary><c>langgap convert MODEL --to gguf --out FILE.gguf</c>: a local Llama or Qwen2 model as a GGUF file for llama.cpp and Ollama.</summary>
internal static class ConvertCommand
{
    private static readonly string[] Formats = ["gguf"];
    private static readonly string[] DTypes = ["f32", "f16"];

    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "'embedded' or a Hugging Face model folder (Llama or Qwen2 layout)." };
        var to = new Option<string>("--to") { Description = "The output format: gguf.", Required = true };
        to.Validators.Add(r =>
        {
            if (!Formats.Contains(r.GetValueOrDefault<string>(), StringComparer.Ordinal))
            {
                r.AddError(CommonOptions.Expects("--to", Formats, r.GetValueOrDefault<string>()));
            }
        });
        var output = CommonOptions.Out("The GGUF file to write (must not exist yet).", required: true);
        var dtype = new Option<string>("--dtype") { Description = "Float width of the matrices: f32 or f16 (norms and biases stay f32).", DefaultValueFactory = _ => "f32" };
        dtype.Validators.Add(r =>
        {
            if (!DTypes.Contains(r.GetValueOrDefault<string>(), StringComparer.Ordinal))
            {
                r.AddError(CommonOptions.Expects("--dtype", DTypes, r.GetValueOrDefault<string>()));
            }
        });
        var pre = new Option<string?>("--pre-tokenizer") { Description = "llama.cpp's pre-tokenizer name (tokenizer.ggml.pre) when LangGap does not recognise the tokenizer's split pattern." };
        var command = new Command("convert", "Convert a local model to GGUF, for llama.cpp and Ollama (Llama and Qwen2 layouts, f32 or f16, byte-level BPE tokenizers).")
        {
            model, to, output, dtype, pre,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var path = pr.GetValue(output)!;
            if (File.Exists(path) || Directory.Exists(path))
            {
                throw new UsageException($"--out '{path}' already exists; LangGap does not overwrite it. Remove it or choose another path.");
            }
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            {
                throw new UsageException($"--out '{path}': folder '{folder}' does not exist.");
            }
            var spec = pr.GetValue(model)!;
            using var resolver = new ModelResolver();
            var directory = resolver.LocalDirectory(spec, "MODEL");
            using var loaded = resolver.LoadLocal(spec, "MODEL");
            var precision = pr.GetValue(dtype) == "f16" ? GgufPrecision.Float16 : GgufPrecision.Float32;
            var result = GgufConverter.Convert(loaded, directory, path, precision, pr.GetValue(pre));
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Path}: {result.Architecture}, {pr.GetValue(dtype)}, {result.Tensors} tensors, {result.Parameters:N0} parameters, " +
                $"{result.VocabSize} tokens{(result.PreTokenizer is { } p ? $" (gpt2 tokenizer, pre-tokenizer '{p}')" : " (no tokenizer.json: no vocabulary written)")}, {result.Bytes:N0} bytes"));
            return ExitCodes.Success;
        });
        return command;
    }
}
