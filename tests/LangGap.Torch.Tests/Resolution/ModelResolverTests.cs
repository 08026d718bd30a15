using LangGap.Models;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Resolution;

namespace LangGap.Torch.Tests.Resolution;

[Collection(TorchCollection.Name)]
public sealed class ModelResolverTests
{
    private static ModelResolver WithModelsFile(string json = """{ "models": [ { "id": "embedded-api", "model": "served/x", "url": "http://127.0.0.1:9/v1" } ] }""") =>
        new(new ModelRegistry(ModelsFile.Parse(json, "models.json")), "models.json", new FileHashCache(null));

    [Fact]
    public void ResolveRunModel_Embedded_IdentityIsTheHashOfTheShippedFolder()
    {
        using var resolver = new ModelResolver(hashes: new FileHashCache(null));

        var model = resolver.ResolveRunModel("Embedded");

        Assert.Equal("embedded", model.Id);
        Assert.Equal(ModelFolderIdentity.Compute(ModelSource.EmbeddedDirectory, new FileHashCache(null)), model.Identity);
    }

    [Fact]
    public void ResolveRunModel_ModelsFileId_EndpointIdentityWithServedName()
    {
        using var resolver = WithModelsFile();

        var model = resolver.ResolveRunModel("embedded-api");

        Assert.StartsWith("endpoint:served/x#", model.Identity, StringComparison.Ordinal);
    }

    [Fact]
    public void IdentityOf_EndpointSettingChanged_IdentityChanges()
    {
        using var plain = WithModelsFile();
        using var warm = WithModelsFile("""{ "models": [ { "id": "embedded-api", "model": "served/x", "url": "http://10.0.0.1:8000/v1", "temperature": 0.7 } ] }""");
        using var moved = WithModelsFile("""{ "models": [ { "id": "renamed", "model": "served/x", "url": "http://10.0.0.2:8000/v1", "max_concurrency": 2 } ] }""");

        Assert.NotEqual(plain.IdentityOf("embedded-api"), warm.IdentityOf("embedded-api"));
        Assert.Equal(plain.IdentityOf("embedded-api"), moved.IdentityOf("renamed")); // address, concurrency and id are not the model
    }

    [Fact]
    public void ResolveRunModel_UnknownWithoutModelsFile_OneSentenceNamingOption()
    {
        using var resolver = new ModelResolver(hashes: new FileHashCache(null));

        var error = Assert.Throws<InvalidInputException>(() => resolver.ResolveRunModel("gpt-x"));

        Assert.Equal("--model 'gpt-x' is not 'embedded' or a model folder; name served models in a models file (--models FILE).", error.Message);
    }

    [Fact]
    public void LoadLocal_ServedModel_RefusedNamingTheModelsFile()
    {
        using var resolver = WithModelsFile();

        var error = Assert.Throws<InvalidInputException>(() => resolver.LoadLocal("embedded-api"));

        Assert.Contains("is a served model in models.json", error.Message, StringComparison.Ordinal);
    }
}
