using LangGap.Torch.Training.Data;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Training;

public sealed class TrainingDatasetTests
{
    [Theory]
    [InlineData("{\"prompt\": \"Hi\"}", TrainingDataKind.PromptOnly, false)]
    [InlineData("{\"prompt\": \"Hi\", \"completion\": \" there\"}", TrainingDataKind.PromptCompletion, false)]
    [InlineData("{\"prompt\": \"Hi\", \"chosen\": \"a\", \"rejected\": \"b\"}", TrainingDataKind.Preference, false)]
    [InlineData("{\"prompt\": [{\"role\": \"user\", \"content\": \"Hi\"}]}", TrainingDataKind.PromptOnly, true)]
    [InlineData("{\"prompt\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"completion\": [{\"role\": \"assistant\", \"content\": \"Yo\"}]}", TrainingDataKind.PromptCompletion, true)]
    [InlineData("{\"messages\": [{\"role\": \"system\", \"content\": \"S\"}, {\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\", \"content\": \"Yo\"}]}", TrainingDataKind.PromptCompletion, true)]
    [InlineData("{\"prompt\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"chosen\": [{\"role\": \"assistant\", \"content\": \"a\"}], \"rejected\": [{\"role\": \"assistant\", \"content\": \"b\"}]}", TrainingDataKind.Preference, true)]
    public async Task LoadAsync_TrlFormat_DetectsKind(string line, TrainingDataKind kind, bool conversational)
    {
        // Act
        var data = await LoadAsync(line + "\n\n" + line + "\n");

        // Assert
        Assert.Equal(kind, data.Kind);
        Assert.Equal(2, data.Records.Count);
        Assert.Equal(conversational, data.Records[0].Conversational);
        Assert.Equal("Hi", data.Records[0].PromptText);
        Assert.EndsWith(":3", data.Records[1].Source);
    }

    [Fact]
    public async Task LoadAsync_MessagesRecord_SplitsAtLastAssistantTurn()
    {
        var data = await LoadAsync("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\", \"content\": \"Yo\"}], \"language\": \"sw\", \"reference\": \"R\"}");
        var record = data.Records[0];
        Assert.Equal([ChatRole.User], record.Prompt.Select(m => m.Role));
        Assert.Equal("Yo", record.Completion);
        Assert.Equal("sw", record.Language);
        Assert.Equal("R", record.Reference);
    }

    [Theory]
    [InlineData("not json", ":1: not valid JSON")]
    [InlineData("[1]", ":1: expected a JSON object")]
    [InlineData("{\"text\": \"x\"}", ":1: expected a 'prompt' or a 'messages' field")]
    [InlineData("{\"prompt\": \"a\", \"chosen\": \"b\"}", ":1: 'chosen' and 'rejected' must come together")]
    [InlineData("{\"prompt\": [{\"role\": \"robot\", \"content\": \"a\"}]}", ":1: every turn of 'prompt' needs a role")]
    [InlineData("{\"prompt\": \"a\"}\n{\"prompt\": \"a\", \"completion\": \"b\"}", ":2: expected a prompt-only record")]
    [InlineData("{\"prompt\": [{\"role\": \"user\", \"content\": \"a\"}], \"completion\": \"b\"}", ":1: 'completion' must be a non-empty list")]
    public async Task LoadAsync_MalformedLine_ThrowsWithFileAndLine(string text, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(text));
        Assert.Contains("data.jsonl" + expected, error.Message);
    }

    private static async Task<TrainingDataset> LoadAsync(string text)
    {
        var directory = Path.Combine(Path.GetTempPath(), "langgap-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "data.jsonl");
        await File.WriteAllTextAsync(path, text);
        try
        {
            return await TrainingDataset.LoadAsync(path, null, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
