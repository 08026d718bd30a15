using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;

namespace LangGap.Torch.Tests;

/// <summary>The tiny Hugging Face checkpoints and their transformers 5.17 outputs, copied under Reference/hf-tiny.</summary>
internal static class HfTiny
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Reference", "hf-tiny");

    public static string Dir(string name) => Path.Combine(Root, name);

    public static JsonObject Json(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Dir(name), "reference.json")))!.AsObject();

    public static Dictionary<string, Tensor> Tensors(string name) =>
        SafeTensors.Read(Path.Combine(Dir(name), "reference.safetensors"));

    public static long[] Ids(JsonNode node) => node.AsArray().Select(n => n!.GetValue<long>()).ToArray();
}
