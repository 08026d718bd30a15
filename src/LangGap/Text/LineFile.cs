using System.Text;

namespace LangGap.Text;

/// <summary>Reads line-oriented UTF-8 text files (one segment per line), as MT tools expect them.</summary>
/// <remarks>
/// Lines are split on <c>\n</c>; one trailing <c>\r</c> is removed from each line; a final newline does not
/// start an extra empty line. Invalid UTF-8 is an error naming the file and the line, never a replacement character.
/// The name <c>-</c> reads standard input. A leading byte-order mark is kept as U+FEFF in the first line, as
/// sacrebleu and fastText keep it, so scores and predictions stay identical to theirs (WMT17's online-A starts with one).
/// </remarks>
public static class LineFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads every line of <paramref name="path"/>, or of <paramref name="standardInput"/> when the path is <c>-</c>.</summary>
    /// <exception cref="InvalidInputException">The file is missing or holds invalid UTF-8.</exception>
    public static async Task<IReadOnlyList<string>> ReadAllLinesAsync(string path, Stream? standardInput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        if (path == "-")
        {
            var input = standardInput ?? Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        else
        {
            if (!File.Exists(path))
            {
                throw new InvalidInputException($"File '{path}' does not exist.");
            }
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        return Split(bytes, path == "-" ? "<stdin>" : path);
    }

    /// <summary>Splits UTF-8 bytes into lines, validating each line.</summary>
    /// <exception cref="InvalidInputException">A line holds invalid UTF-8.</exception>
    public static IReadOnlyList<string> Split(ReadOnlySpan<byte> bytes, string displayName)
    {
        var lines = new List<string>();
        var lineNumber = 0L;
        while (bytes.Length > 0)
        {
            lineNumber++;
            var end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..end];
            bytes = end < 0 ? ReadOnlySpan<byte>.Empty : bytes[(end + 1)..];
            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }
            try
            {
                lines.Add(StrictUtf8.GetString(line));
            }
            catch (DecoderFallbackException)
            {
                throw InvalidInputException.At(displayName, lineNumber, "the line is not valid UTF-8.");
            }
        }
        return lines;
    }
}
