using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class ModelFolderIdentityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("langgap-identity-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Folder(string name, int seed)
    {
        var folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(folder);
        var tokenizer = Path.Combine(folder, "tokenizer.json");
        File.WriteAllText(tokenizer, ByteLevelTokenizer.Create(EmbeddedModelRecipe.SpecialTokens));
        using var model = new CausalLM(EmbeddedModelRecipe.TinyConfig);
        NextTokenTrainer.Initialize(model, std: 0.2, seed: seed);
        TrainingCheckpoint.SaveModel(folder, model, tokenizer);
        return folder;
    }

    [Fact]
    public void Compute_WeightsRewrittenInPlace_IdentityChanges()
    {
        // Arrange: the folder is cached (its files look old), then retrained in place with the same size of weights.
        var cache = new FileHashCache(Path.Combine(_dir, "hashes"));
        var folder = Folder("rloo", seed: 1);
        var weights = Path.Combine(folder, "model.safetensors");
        foreach (var file in Directory.GetFiles(folder))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
        var before = ModelFolderIdentity.Compute(folder, cache);
        var size = new FileInfo(weights).Length;

        // Act
        Folder("rloo", seed: 2);
        var after = ModelFolderIdentity.Compute(folder, cache);

        // Assert
        Assert.Equal(size, new FileInfo(weights).Length);
        Assert.StartsWith(ModelFolderIdentity.Prefix, before, StringComparison.Ordinal);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Compute_SameFilesInAnotherFolder_SameIdentity()
    {
        var a = Folder("a", seed: 5);
        var b = Path.Combine(_dir, "elsewhere", "b");
        Directory.CreateDirectory(b);
        foreach (var file in Directory.GetFiles(a))
        {
            File.Copy(file, Path.Combine(b, Path.GetFileName(file)));
        }

        Assert.Equal(ModelFolderIdentity.Compute(a, new FileHashCache(null)), ModelFolderIdentity.Compute(b, new FileHashCache(null)));
    }

    [Fact]
    public void Compute_TokenizerChanged_IdentityChanges()
    {
        var folder = Folder("tok", seed: 5);
        var before = ModelFolderIdentity.Compute(folder, new FileHashCache(null));

        File.AppendAllText(Path.Combine(folder, "tokenizer.json"), "\n");

        Assert.NotEqual(before, ModelFolderIdentity.Compute(folder, new FileHashCache(null)));
    }

    [Fact]
    public void Hash_OldFile_RememberedAndRehashedOnceItChanges()
    {
        // Arrange: an old file is remembered by path, size and time; a rewrite gives it a new time and a new hash.
        var cacheDir = Path.Combine(_dir, "hashes");
        var cache = new FileHashCache(cacheDir);
        var file = Path.Combine(_dir, "weights.bin");
        File.WriteAllBytes(file, [1, 2, 3]);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));

        // Act
        var first = cache.Hash(file);
        var remembered = Directory.GetFiles(cacheDir).Length;
        File.WriteAllBytes(file, [1, 2, 4]);
        var second = cache.Hash(file);

        // Assert
        Assert.Equal("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81", first); // sha256 of 01 02 03
        Assert.Equal(1, remembered);
        Assert.NotEqual(first, second);
        Assert.Single(Directory.GetFiles(cacheDir)); // the fresh file is inside the racy window: hashed, not remembered
    }

    [Fact]
    public void Compute_FolderWithoutWeights_ErrorNamesFolder()
    {
        var folder = Path.Combine(_dir, "empty");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.json"), "{}");

        var error = Assert.Throws<InvalidInputException>(() => ModelFolderIdentity.Compute(folder, new FileHashCache(null)));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }
}
