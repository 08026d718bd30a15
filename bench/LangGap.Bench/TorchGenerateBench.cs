using System.Diagnostics;
using System.Globalization;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using TorchSharp;

namespace LangGap.Bench;

/// <summary>Generation speed of the embedded model with and without the key/value cache.</summary>
internal static class TorchGenerateBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var tokens = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 256;
        torch.set_num_threads(2);
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        var generator = new TextGenerator(model);
        var prompt = model.RequireTokenizer().Encode("<|user|>Tell me about the sea.<|assistant|>");
        // No EOS id, so both runs produce exactly the requested number of tokens.
        var options = new SamplingOptions { Greedy = true, MaxNewTokens = tokens, EosTokenIds = [] };
        generator.Generate(prompt, options with { MaxNewTokens = 8 });
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"embedded model, greedy, prompt {prompt.Length} tokens, {tokens} new tokens, 2 threads"));
        foreach (var cache in new[] { true, false })
        {
            var clock = Stopwatch.StartNew();
            var result = generator.Generate(prompt, options with { UseKvCache = cache });
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(inv, $"{(cache ? "with KV cache   " : "without KV cache")}  {result.Ids.Count / seconds,8:F1} tokens/s  ({seconds:F2} s)"));
        }
        return Task.FromResult(0);
    }
}
