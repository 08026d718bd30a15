using System.Text.Json;
using LangGap.Languages;
using LangGap.Models;
using LangGap.Models.ChatTemplates;
using LangGap.Models.Completions;
using LangGap.Reasoning;
using LangGap.Tests.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Reasoning;

/// <summary>Budget forcing against a scripted /v1/completions server: the exact prompts, limits and stops LangGap sends.</summary>
public sealed class CompletionsBudgetForcingTests
{
    private static FakeReply Reply(string text, int tokens, string finish) => new()
    {
        Body = JsonSerializer.Serialize(new
        {
            choices = new[] { new { index = 0, text, finish_reason = finish } },
            usage = new { prompt_tokens = 50, completion_tokens = tokens },
        }),
    };

    private static (BudgetForcingChatClient Client, IChatTemplate Template) Client(FakeOpenAIServer server)
    {
        var raw = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "s1.1-32b");
        var template = ChatTemplateCatalog.Find("chatml")!;
        return (new BudgetForcingChatClient(new CompletionsThinkingBackend(raw, "endpoint:s1"), template, ThinkingFormat.S1, owned: raw), template);
    }

    private static ChatOptions Options(int budget, int ignore, string ignoreString = "Wait", string? prefix = null)
    {
        var options = new ChatOptions { MaxOutputTokens = 20, Seed = 5, AdditionalProperties = [] };
        options.AdditionalProperties[ReasoningOptionKeys.Budget] = budget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        options.AdditionalProperties[ReasoningOptionKeys.Ignore] = ignore.ToString(System.Globalization.CultureInfo.InvariantCulture);
        options.AdditionalProperties[ReasoningOptionKeys.IgnoreString] = ignoreString;
        if (prefix is not null) options.AdditionalProperties[ReasoningOptionKeys.ThinkingPrefix] = prefix;
        return options;
    }

    [Fact]
    public async Task GetResponseAsync_ExtendTwiceThenCut_SendsS1PromptsBudgetsAndFinalAnswer()
    {
        // Arrange
        var script = new Queue<FakeReply>([
            Reply("16 - 3 - 4 = 9.", 40, "stop"),
            Reply(" 9 * 2 = 18.", 30, "stop"),
            Reply(" Let me re", 30, "length"),
            Reply(" $18", 3, "stop"),
        ]);
        await using var server = new FakeOpenAIServer(_ => script.Dequeue());
        var (client, template) = Client(server);
        using var owned = client;
        ChatMessage[] messages = [new(ChatRole.User, "Janet's ducks lay 16 eggs per day...")];
        var head = template.Render(messages) + "<|im_start|>think\n";

        // Act
        var response = await client.GetResponseAsync(messages, Options(budget: 100, ignore: 2));

        // Assert
        var requests = server.Requests.ToArray();
        Assert.Equal(4, requests.Length);
        Assert.All(requests, r => Assert.Equal("/v1/completions", r.Path));
        Assert.Equal(head, requests[0].Json.GetProperty("prompt").GetString());
        Assert.Equal(head + "16 - 3 - 4 = 9.Wait", requests[1].Json.GetProperty("prompt").GetString());
        Assert.Equal(head + "16 - 3 - 4 = 9.Wait 9 * 2 = 18.Wait", requests[2].Json.GetProperty("prompt").GetString());
        Assert.Equal(head + "16 - 3 - 4 = 9.Wait 9 * 2 = 18.Wait Let me re<|im_start|>answer\nFinal Answer:", requests[3].Json.GetProperty("prompt").GetString());
        Assert.Equal([100, 60, 30, 20], requests.Select(r => r.Json.GetProperty("max_tokens").GetInt32()));
        Assert.False(requests[0].Json.TryGetProperty("min_tokens", out _));
        Assert.Equal(1, requests[1].Json.GetProperty("min_tokens").GetInt32());
        Assert.Equal(1, requests[2].Json.GetProperty("min_tokens").GetInt32());
        Assert.Equal(["<|im_start|>answer", "<|im_end|>"], requests[0].Json.GetProperty("stop").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(template.StopSequences, requests[3].Json.GetProperty("stop").EnumerateArray().Select(s => s.GetString()!));
        Assert.All(requests, r => Assert.Equal(0, r.Json.GetProperty("temperature").GetDouble()));
        Assert.Equal("Final Answer: $18", response.Text);
        var metadata = Assert.IsType<IReadOnlyDictionary<string, string>>(response.AdditionalProperties![ChatOptionKeys.GenerationMetadata], exactMatch: false);
        Assert.Equal("100", metadata["reasoning.thinking_tokens"]);
        Assert.Equal("budget", metadata["reasoning.thinking_end"]);
        Assert.Equal("2", metadata["reasoning.extensions"]);
        Assert.Equal("16 - 3 - 4 = 9.Wait 9 * 2 = 18.Wait Let me re", metadata["reasoning.thinking"]);
        Assert.Equal(103, response.Usage!.OutputTokenCount);
    }

    [Fact]
    public async Task GetResponseAsync_NaturalEndWithoutIgnores_AppendsOnlyTheEndMarker()
    {
        // Arrange
        var script = new Queue<FakeReply>([Reply("Easy: 2 + 1 = 3.", 9, "stop"), Reply("\nThe answer is 3.", 6, "stop")]);
        await using var server = new FakeOpenAIServer(_ => script.Dequeue());
        var (client, template) = Client(server);
        using var owned = client;
        ChatMessage[] messages = [new(ChatRole.User, "What is 2 + 1?")];

        // Act
        var response = await client.GetResponseAsync(messages, Options(budget: 500, ignore: 0));

        // Assert
        var last = server.Requests.ToArray()[^1].Json.GetProperty("prompt").GetString()!;
        Assert.EndsWith("Easy: 2 + 1 = 3.<|im_start|>answer", last);
        Assert.DoesNotContain("Final Answer:", last);
        Assert.Equal("The answer is 3.", response.Text);
        Assert.Equal("end-marker", ((IReadOnlyDictionary<string, string>)response.AdditionalProperties![ChatOptionKeys.GenerationMetadata]!)["reasoning.thinking_end"]);
    }

    [Fact]
    public async Task GetResponseAsync_CombinedForcing_SendsSystemLinePrefixAndTranslatedWait()
    {
        // Arrange
        var script = new Queue<FakeReply>([Reply(" 3 + 4 = 7.", 8, "stop"), Reply(" Ja, 7.", 5, "stop"), Reply(" 7", 1, "stop")]);
        await using var server = new FakeOpenAIServer(_ => script.Dequeue());
        var (client, template) = Client(server);
        using var owned = client;
        var forcing = LanguageForcing.Of(ForcingMode.Combined, LanguageTag.Parse("de"));
        ChatMessage[] messages = [new(ChatRole.System, forcing.SystemLine!), new(ChatRole.User, "Was ist 3 plus 4?")];

        // Act
        await client.GetResponseAsync(messages, Options(budget: 64, ignore: 1, forcing.IgnoreString, forcing.ThinkingPrefix));

        // Assert
        var prompts = server.Requests.Select(r => r.Json.GetProperty("prompt").GetString()!).ToArray();
        Assert.Contains("Denke Schritt für Schritt auf Deutsch nach.", prompts[0]);
        Assert.EndsWith("<|im_start|>think\nOkay, lass mich versuchen, das herauszufinden.", prompts[0]);
        Assert.EndsWith("Okay, lass mich versuchen, das herauszufinden. 3 + 4 = 7.Warte", prompts[1]);
        Assert.EndsWith("Warte Ja, 7.<|im_start|>answer", prompts[2]);
    }

    [Fact]
    public async Task GetResponseAsync_ServerWithoutUsage_FailsSayingWhy()
    {
        await using var server = new FakeOpenAIServer(_ => new FakeReply { Body = """{"choices":[{"index":0,"text":"x","finish_reason":"stop"}]}""" });
        var (client, _) = Client(server);
        using var __ = client;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], Options(10, 0)));

        Assert.Contains("usage.completion_tokens", error.Message);
    }
}
