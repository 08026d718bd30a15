using System.Globalization;

namespace LangGap.Cli.Commands.Generation;

/// <summary>Parses comma-separated token ids given on the command line.</summary>
internal static class TokenIdList
{
    public static int[] Parse(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ids = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out ids[i]))
            {
                throw new UsageException($"{option} expects comma-separated token ids; '{parts[i]}' is not one.");
            }
        }
        if (ids.Length == 0)
        {
            throw new UsageException($"{option} needs at least one token id.");
        }
        return ids;
    }

    public static void CheckRange(int[] ids, int vocabSize, string option)
    {
        var bad = ids.FirstOrDefault(id => id >= vocabSize, -1);
        if (bad >= 0)
        {
            throw new UsageException($"{option}: token id {bad} is outside the model's vocabulary of {vocabSize}.");
        }
    }
}
