namespace LangGap.Torch.Tests;

[Collection(TorchCollection.Name)]
public sealed class NativeRuntimeTests
{
    [Fact]
    public void Tensor_AddOnCpu_ComputesWithLibtorch()
    {
        // Arrange
        using var a = tensor(new[] { 1f, 2f });

        // Act
        using var sum = a + a;

        // Assert
        Assert.Equal(new[] { 2f, 4f }, sum.data<float>().ToArray());
    }
}
