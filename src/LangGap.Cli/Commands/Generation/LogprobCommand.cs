using System.Text.Json;
using LangGap.Cli.Options;
using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Resolution;

namespace LangGap.Cli.Commands.Generation;

/// <summary><c>langgap logprob</c>: log-probability of each token of a text under a local model.</summary>
internal static class LogprobCommand
{
    public static Command Create(CliConsole console)
    {
        var model = new Option<string>("--model") { Description = "'embedded' or a Hugging Face model folder.", DefaultValueFactory = _ => ModelSource.EmbeddedName };
        var text = new Option<string?>("--text") { Description = "Text to score." };
        var ids = new Option<string?>("--ids") { Description = "Comma-separated token ids to score." };
        var context = new Option<string?>("--context") { Description = "Score --text as the continuation of this context, split as multiple-choice tasks split it (only the continuation's tokens are scored)." };
        var format = CommonOptions.Format("text, or json ({\"ids\":[…],\"token_logprobs\":[…],\"sum\":…}).", "text", "json");
        var command = new Command("logprob", "Score a text: log-probability of every token after the first, their sum and the perplexity.")
        {
            model, text, ids, context, format,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var t = pr.GetValue(text);
            var i = pr.GetValue(ids);
            if ((t is null) == (i is null))
            {
                throw new UsageException("Give exactly one of --text or --ids.");
            }
            if (pr.GetValue(context) is not null && t is null)
            {
                throw new UsageException("--context needs --text (the continuation to score).");
            }
            using var resolver = new ModelResolver();
            using var loaded = resolver.LoadLocal(pr.GetValue(model)!);
            if (pr.GetValue(context) is { } c)
            {
                var (contextIds, continuationIds) = new LogLikelihoodBatcher(loaded).Encode(new LangGap.Models.LogLikelihood.ContinuationRequest(c, t!));
                await WriteAsync(console, loaded, [.. contextIds, .. continuationIds], new LogProbScorer(loaded).ScoreCompletions([(contextIds, continuationIds)])[0], pr.GetValue(format) == "json");
                return 0;
            }
            var input = t is not null ? loaded.RequireTokenizer().Encode(t) : TokenIdList.Parse(i!, "--ids");
            TokenIdList.CheckRange(input, loaded.Config.VocabSize, t is null ? "--ids" : "--text");
            if (input.Length < 2)
            {
                throw new UsageException($"{(t is null ? "--ids" : "--text")} must give at least two tokens (the first is only context).");
            }
            await WriteAsync(console, loaded, input, new LogProbScorer(loaded).Score(input), pr.GetValue(format) == "json");
            return 0;
        });
        return command;
    }

    private static async Task WriteAsync(CliConsole console, PretrainedModel loaded, IReadOnlyList<int> input, SequenceScore score, bool asJson)
    {
        if (asJson)
        {
            var json = new JsonObject
            {
                ["ids"] = new JsonArray(input.Select(id => (JsonNode?)id).ToArray()),
                ["token_logprobs"] = new JsonArray(score.TokenLogProbs.Select(v => (JsonNode?)v).ToArray()),
                ["sum"] = score.Sum,
                ["context_tokens"] = input.Count - score.Ids.Count,
            };
            await console.Out.WriteLineAsync(json.ToJsonString(new JsonSerializerOptions()));
            return;
        }
        var tokenizer = loaded.Tokenizer;
        for (var k = 0; k < score.TokenLogProbs.Count; k++)
        {
            var id = score.Ids[k];
            var shown = tokenizer?.TokenOf(id) ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await console.Out.WriteLineAsync(FormattableString.Invariant($"{id,8}  {score.TokenLogProbs[k],10:F4}  {shown}"));
        }
        await console.Out.WriteLineAsync(FormattableString.Invariant($"sum {score.Sum:F4}  tokens {score.TokenLogProbs.Count}  perplexity {score.Perplexity:F3}"));
    }
}
