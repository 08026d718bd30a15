using System.Text.Json;
using LangGap.Cli.Options;
using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Resolution;

namespace LangGap.Cli.Commands.Generation;

/// <summary><c>langgap generate</c>: continue a prompt with the embedded model or a Hugging Face folder.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var model = new Option<string>("--model") { Description = "'embedded' or a Hugging Face model folder.", DefaultValueFactory = _ => ModelSource.EmbeddedName };
        var prompt = new Option<string?>("--prompt") { Description = "Prompt text: one user turn in the model's chat format when its tokenizer has one (see --raw)." };
        var promptIds = new Option<string?>("--prompt-ids") { Description = "Prompt as comma-separated token ids." };
        var raw = new Option<bool>("--raw") { Description = "Tokenize --prompt as is, without the chat format." };
        var maxTokens = CommonOptions.MaxTokens("Most tokens to generate", 64);
        var greedy = new Option<bool>("--greedy") { Description = "Always pick the most likely token (the default without --temperature)." };
        var temperature = new Option<double?>("--temperature") { Description = "Sample at this temperature." };
        var topP = new Option<double?>("--top-p") { Description = "Sample from the smallest set of tokens reaching this probability." };
        var topK = new Option<int?>("--top-k") { Description = "Sample from the k most likely tokens." };
        var seed = CommonOptions.Seed("Seed of the sampling stream");
        var stop = new Option<string[]>("--stop") { Description = "Stop strings (repeatable).", AllowMultipleArgumentsPerToken = true };
        var format = CommonOptions.Format("text, or json ({\"ids\":[…],\"text\":\"…\"}, generated ids only).", "text", "json");
        var command = new Command("generate", "Generate a continuation with a local model (TorchSharp, CPU).")
        {
            model, prompt, promptIds, raw, maxTokens, greedy, temperature, topP, topK, seed, stop, format,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var text = pr.GetValue(prompt);
            var ids = pr.GetValue(promptIds);
            if ((text is null) == (ids is null))
            {
                throw new UsageException("Give exactly one of --prompt or --prompt-ids.");
            }
            if (pr.GetValue(greedy) && pr.GetValue(temperature) is not null)
            {
                throw new UsageException("--greedy and --temperature exclude each other.");
            }
            if (pr.GetValue(maxTokens) < 0)
            {
                throw new UsageException("--max-tokens must be 0 or more.");
            }
            using var resolver = new ModelResolver();
            using var loaded = resolver.LoadLocal(pr.GetValue(model)!);
            var stops = pr.GetValue(stop) ?? [];
            int[] input;
            if (text is not null)
            {
                if (!pr.GetValue(raw) && ChatTemplateSelector.FromTokenizer(loaded) is { } template)
                {
                    text = template.Render([new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, text)]);
                    stops = [.. stops, .. template.StopSequences];
                }
                input = loaded.RequireTokenizer().Encode(text);
                if (input.Length == 0)
                {
                    throw new UsageException("--prompt is empty.");
                }
            }
            else
            {
                input = TokenIdList.Parse(ids!, "--prompt-ids");
                TokenIdList.CheckRange(input, loaded.Config.VocabSize, "--prompt-ids");
            }
            var t = pr.GetValue(temperature);
            var options = new SamplingOptions
            {
                MaxNewTokens = pr.GetValue(maxTokens),
                Greedy = t is null,
                Temperature = t ?? 0,
                TopP = pr.GetValue(topP),
                TopK = pr.GetValue(topK),
                Seed = pr.GetValue(seed),
                StopStrings = stops,
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new UsageException($"--{ToOption(ex.ParamName)} is out of range: {ex.ActualValue}.");
            }
            var result = new TextGenerator(loaded).Generate(input, options, ct);
            if (pr.GetValue(format) == "json")
            {
                var json = new JsonObject
                {
                    ["ids"] = new JsonArray(result.Ids.Select(i => (JsonNode?)i).ToArray()),
                    ["text"] = result.Text,
                };
                await console.Out.WriteLineAsync(json.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }
            else
            {
                await console.Out.WriteLineAsync(result.Text);
            }
            return 0;
        });
        return command;
    }

    private static string ToOption(string? parameter) => parameter switch
    {
        nameof(SamplingOptions.TopP) => "top-p",
        nameof(SamplingOptions.TopK) => "top-k",
        nameof(SamplingOptions.Temperature) => "temperature",
        _ => "max-tokens",
    };
}
