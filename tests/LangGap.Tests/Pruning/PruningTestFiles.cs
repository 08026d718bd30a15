namespace LangGap.Tests.Pruning;

internal static class PruningTestFiles
{
    public static string Write(string text, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"langgap-prune-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    public static string WriteBytes(byte[] bytes, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"langgap-prune-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
