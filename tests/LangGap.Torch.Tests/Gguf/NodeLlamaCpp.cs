using System.Diagnostics;
using System.Text.Json.Nodes;

namespace LangGap.Torch.Tests.Gguf;

/// <summary>Runs <c>bench/peers/llama_cpp_peer.mjs</c> (llama.cpp through node-llama-cpp) when Node and node-llama-cpp are installed.</summary>
internal static class NodeLlamaCpp
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Script => Path.Combine(RepositoryRoot, "bench", "peers", "llama_cpp_peer.mjs");

    /// <summary>The folder holding <c>node_modules/node-llama-cpp</c>: <c>LANGGAP_NODE_LLAMA_CPP</c>, else <c>bench/peers</c>.</summary>
    public static string Home => Environment.GetEnvironmentVariable("LANGGAP_NODE_LLAMA_CPP") is { Length: > 0 } home
        ? home
        : Path.Combine(RepositoryRoot, "bench", "peers");

    public static string? Node { get; } = new[] { "/usr/bin/node", "/usr/local/bin/node" }.FirstOrDefault(File.Exists);

    /// <summary>Why the peer cannot run here, or null when it can.</summary>
    public static string? Missing =>
        Node is null ? "node is not installed"
        : !File.Exists(Path.Combine(Home, "node_modules", "node-llama-cpp", "package.json"))
            ? $"node-llama-cpp is not installed in {Home} (npm install --prefix bench/peers, or set LANGGAP_NODE_LLAMA_CPP)"
            : null;

    /// <summary>Greedy continuations of <paramref name="prompts"/> (up to <paramref name="maxTokens"/> each, decoded together) by llama.cpp, stopping before an end-of-generation token.</summary>
    public static int[][] Generate(string gguf, IReadOnlyList<int[]> prompts, IReadOnlyList<int> maxTokens)
    {
        var request = Path.Combine(Path.GetTempPath(), $"langgap-llama-request-{Guid.NewGuid():N}.json");
        try
        {
            var json = new JsonObject
            {
                ["model"] = gguf,
                ["threads"] = 1,
                ["prompts"] = new JsonArray(prompts.Select(p => (JsonNode)new JsonArray(p.Select(i => (JsonNode?)i).ToArray())).ToArray()),
                ["max_tokens"] = new JsonArray(maxTokens.Select(m => (JsonNode?)m).ToArray()),
                ["stop_at_eog"] = true,
            };
            File.WriteAllText(request, json.ToJsonString());
            var start = new ProcessStartInfo(Node!, [Script, request]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["LANGGAP_NODE_LLAMA_CPP"] = Home;
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"llama_cpp_peer.mjs failed ({process.ExitCode}): {stderr.Result}");
            return JsonNode.Parse(stdout)!["outputs"]!.AsArray().Select(o => o!.AsArray().Select(t => t!.GetValue<int>()).ToArray()).ToArray();
        }
        finally
        {
            File.Delete(request);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find LangGap.slnx above the test binaries.");
    }
}

/// <summary>A fact that needs Node and node-llama-cpp; it skips and says what to install when they are absent.</summary>
public sealed class NodeLlamaCppFactAttribute : FactAttribute
{
    /// <summary>Skips when <see cref="NodeLlamaCpp.Missing"/> names something missing.</summary>
    public NodeLlamaCppFactAttribute()
    {
        if (NodeLlamaCpp.Missing is { } missing)
        {
            Skip = missing;
        }
    }
}
