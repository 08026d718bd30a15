using LangGap.Torch.Checkpoints;

namespace LangGap.Torch.Tests.Modules;

[Collection(TorchCollection.Name)]
public sealed class CausalLMParityTests
{
    [Theory]
    [InlineData("llama")]
    [InlineData("llama3-gqa")]
    [InlineData("qwen2")]
    [InlineData("cohere")]
    public void Forward_HfTinyCheckpoint_LogitsMatchTransformers(string name)
    {
        // Arrange
        using var loaded = HfCheckpoint.Load(HfTiny.Dir(name));
        var reference = HfTiny.Tensors(name);
        using var noGrad = no_grad();

        // Act
        using var logits = loaded.Model.Forward(reference["input_ids"]);

        // Assert
        var deviation = (logits - reference["logits"]).abs().max().item<float>();
        Assert.True(deviation <= 1e-4, $"max |Δlogit| = {deviation}");
        foreach (var t in reference.Values)
        {
            t.Dispose();
        }
    }
}
