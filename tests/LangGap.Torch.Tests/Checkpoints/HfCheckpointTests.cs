using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class HfCheckpointTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("langgap-ckpt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void CopyReference(string name, Func<JsonObject, JsonObject>? editConfig = null)
    {
        foreach (var file in Directory.GetFiles(HfTiny.Dir(name)))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)), overwrite: true);
        }
        if (editConfig is not null)
        {
            var path = Path.Combine(_dir, "config.json");
            File.WriteAllText(path, editConfig(JsonNode.Parse(File.ReadAllText(path))!.AsObject()).ToJsonString());
        }
    }

    [Fact]
    public void Load_UnknownArchitecture_ErrorNamesIt()
    {
        // Arrange
        CopyReference("llama", c => { c["architectures"] = new JsonArray("MistralForCausalLM"); return c; });

        // Act
        var error = Assert.Throws<InvalidInputException>(() => HfCheckpoint.Load(_dir));

        // Assert
        Assert.Contains("MistralForCausalLM", error.Message);
    }

    [Fact]
    public void Load_MisShapedTensor_ErrorNamesTensorAndShapes()
    {
        // Arrange
        CopyReference("llama", c => { c["intermediate_size"] = 128; return c; });

        // Act
        var error = Assert.Throws<InvalidInputException>(() => HfCheckpoint.Load(_dir));

        // Assert
        Assert.Contains("model.layers.0.mlp.gate_proj.weight", error.Message);
        Assert.Contains("[176, 64], expected [128, 64]", error.Message);
    }

    [Fact]
    public void Load_MissingTensor_ErrorNamesTensor()
    {
        // Arrange: an untied head that the file does not have
        CopyReference("qwen2", c => { c["tie_word_embeddings"] = false; return c; });

        // Act
        var error = Assert.Throws<InvalidInputException>(() => HfCheckpoint.Load(_dir));

        // Assert
        Assert.Contains("'lm_head.weight' is missing", error.Message);
    }

    [Fact]
    public void Load_ClassicRopeKeysAndBf16Shards_SameLogitsWithinBf16Precision()
    {
        // Arrange: transformers 4 spelling (rope_theta + rope_scaling), weights as two bf16 shards
        CopyReference("llama3-gqa", c =>
        {
            var rope = c["rope_parameters"]!.AsObject();
            c.Remove("rope_parameters");
            c["rope_theta"] = rope["rope_theta"]!.GetValue<double>();
            c["rope_scaling"] = new JsonObject
            {
                ["rope_type"] = "llama3", ["factor"] = 8.0, ["low_freq_factor"] = 1.0, ["high_freq_factor"] = 4.0,
                ["original_max_position_embeddings"] = 64,
            };
            return c;
        });
        var weights = SafeTensors.Read(Path.Combine(_dir, "model.safetensors"));
        File.Delete(Path.Combine(_dir, "model.safetensors"));
        var names = weights.Keys.Order(StringComparer.Ordinal).ToArray();
        var map = new JsonObject();
        for (var shard = 0; shard < 2; shard++)
        {
            var file = $"model-0000{shard + 1}-of-00002.safetensors";
            var part = names.Where((_, i) => i % 2 == shard).ToArray();
            SafeTensors.Write(Path.Combine(_dir, file), part.Select(n => KeyValuePair.Create(n, weights[n].to(ScalarType.BFloat16))));
            foreach (var n in part)
            {
                map[n] = file;
            }
        }
        File.WriteAllText(Path.Combine(_dir, "model.safetensors.index.json"), new JsonObject { ["weight_map"] = map }.ToJsonString());
        var reference = HfTiny.Tensors("llama3-gqa");

        // Act
        using var loaded = HfCheckpoint.Load(_dir);
        using var noGrad = no_grad();
        using var logits = loaded.Model.Forward(reference["input_ids"]);

        // Assert
        Assert.NotNull(loaded.Config.RopeScaling);
        Assert.Equal(ScalarType.Float32, logits.dtype);
        Assert.True((logits - reference["logits"]).abs().max().item<float>() < 0.5f);
    }

    [Fact]
    public void SafeTensors_WriteThenRead_RoundTripsValuesAndDtypes()
    {
        // Arrange
        var path = Path.Combine(_dir, "x.safetensors");
        using var a = arange(6, dtype: ScalarType.Float32).reshape(2, 3);
        using var b = tensor(new long[] { 7, -8 });

        // Act
        SafeTensors.Write(path, [KeyValuePair.Create("a", a), KeyValuePair.Create("b", b)]);
        var read = SafeTensors.Read(path);

        // Assert
        Assert.Equal(new long[] { 2, 3 }, read["a"].shape);
        Assert.Equal(a.data<float>().ToArray(), read["a"].data<float>().ToArray());
        Assert.Equal(new long[] { 7, -8 }, read["b"].data<long>().ToArray());
    }

    [Fact]
    public void HfConfigToJson_ParsedBack_SameConfig()
    {
        // Arrange
        var config = new TransformerConfig
        {
            Architecture = Architecture.Cohere, VocabSize = 10, HiddenSize = 8, IntermediateSize = 16, NumLayers = 1,
            NumHeads = 2, NumKeyValueHeads = 1, HeadDim = 4, LogitScale = 0.5, TieWordEmbeddings = true,
            RopeScaling = new Llama3RopeScaling(8, 1, 4, 64), EosTokenIds = [3], PadTokenId = 0,
        };

        // Act
        var parsed = HfConfig.Parse(HfConfig.ToJson(config), "config.json");

        // Assert
        Assert.Equal(config with { EosTokenIds = [] }, parsed with { EosTokenIds = [] });
        Assert.Equal([3], parsed.EosTokenIds);
    }
}
