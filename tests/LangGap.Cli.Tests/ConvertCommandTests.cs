using LangGap.Torch.Gguf;

namespace LangGap.Cli.Tests;

[Collection(TorchCliCollection.Name)]
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _model = TinyModelFolder.Create();
    private readonly string _out = TinyModelFolder.TempPath("langgap-convert-") + ".gguf";

    public void Dispose() => TinyModelFolder.Delete(_model, _out);

    [Fact]
    public async Task Convert_TinyModelToF16Gguf_WritesAFileItsReaderLoads()
    {
        var result = await CliRunner.RunAsync("", "convert", _model, "--to", "gguf", "--out", _out, "--dtype", "f16");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"wrote {_out}: llama, f16,", result.Out);
        var file = GgufReader.Read(_out);
        Assert.Equal("llama", file.Get<string>("general.architecture"));
        Assert.Equal(1u, file.Get<uint>("general.file_type"));
        Assert.Equal(GgufTensorType.F16, file.Tensor("token_embd.weight").Type);
        Assert.Equal(GgufTensorType.F32, file.Tensor("output_norm.weight").Type);
        Assert.Equal("<|end|>", file.Get<string[]>("tokenizer.ggml.tokens")[258]);
    }

    [Fact]
    public async Task Convert_ExistingOut_IsAUsageErrorAndLeavesTheFile()
    {
        await File.WriteAllTextAsync(_out, "earlier result");

        var result = await CliRunner.RunAsync("", "convert", _model, "--to", "gguf", "--out", _out);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error);
        Assert.Equal("earlier result", await File.ReadAllTextAsync(_out));
    }

    [Theory]
    [InlineData("--to", "onnx", "Option '--to' expects gguf, found 'onnx'")]
    [InlineData("--dtype", "q8", "Option '--dtype' expects f32 or f16, found 'q8'")]
    public async Task Convert_UnknownFormatOrType_IsAUsageError(string option, string value, string message)
    {
        string[] args = option == "--to"
            ? ["convert", _model, "--to", value, "--out", _out]
            : ["convert", _model, "--to", "gguf", "--out", _out, option, value];

        var result = await CliRunner.RunAsync("", args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(_out));
    }

    [Fact]
    public async Task Convert_NotAModelFolder_IsExit2()
    {
        var result = await CliRunner.RunAsync("", "convert", Path.Combine(_model, "nothing-here"), "--to", "gguf", "--out", _out);

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(_out));
    }
}
