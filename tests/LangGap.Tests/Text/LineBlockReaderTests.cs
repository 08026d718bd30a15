using System.Text;
using LangGap.Text;

namespace LangGap.Tests.Text;

public class LineBlockReaderTests
{
    [Fact]
    public async Task ReadAsync_LinesAcrossBlockBoundaries_SameLinesAsLineFile()
    {
        var text = "short\r\nA line that is longer than the sixteen-byte block\n\nÜber ünïcödé\nlast without newline";
        var expected = LineFile.Split(Encoding.UTF8.GetBytes(text), "x");

        var (lines, numbers, unterminated) = await ReadAllAsync(Encoding.UTF8.GetBytes(text), blockBytes: 16);

        Assert.Equal(expected, lines);
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(i => (long)i), numbers);
        Assert.Equal([expected.Count], unterminated);
    }

    [Fact]
    public async Task ReadAsync_FinalNewline_NoExtraLineAndNothingUnterminated()
    {
        var (lines, _, unterminated) = await ReadAllAsync("a\nb\n"u8.ToArray(), blockBytes: 16);

        Assert.Equal(["a", "b"], lines);
        Assert.Empty(unterminated);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8_ErrorNamesStreamAndLine()
    {
        byte[] bytes = [.. "ok\nfine\n"u8, 0xC3, 0x28, (byte)'\n'];

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => ReadAllAsync(bytes, blockBytes: 16, name: "in.txt"));

        Assert.Contains("in.txt:3", error.Message);
    }

    [Fact]
    public async Task ReadAsync_StreamMuchLongerThanBlock_BufferStaysAtBlockSize()
    {
        // 64 MiB of lines generated on the fly: never held in memory, by the test or by the reader.
        var stream = new GeneratedLines("Ein kurzer deutscher Satz über das Wetter.\n"u8.ToArray(), totalBytes: 64L << 20);
        var reader = new LineBlockReader(stream, "generated", blockBytes: 1 << 16);
        long lines = 0;

        while (await reader.ReadAsync(CancellationToken.None))
        {
            lines += reader.Count;
        }

        Assert.Equal(stream.TotalBytes / stream.LineBytes, lines);
        Assert.Equal(1 << 16, reader.BufferBytes);
    }

    private static async Task<(List<string> Lines, List<long> Numbers, List<long> Unterminated)> ReadAllAsync(byte[] bytes, int blockBytes, string name = "x")
    {
        var reader = new LineBlockReader(new MemoryStream(bytes), name, blockBytes);
        var lines = new List<string>();
        var numbers = new List<long>();
        var unterminated = new List<long>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            for (var i = 0; i < reader.Count; i++)
            {
                lines.Add(Encoding.UTF8.GetString(reader.Line(i)));
                numbers.Add(reader.FirstLineNumber + i);
                if (reader.IsUnterminated(i))
                {
                    unterminated.Add(reader.FirstLineNumber + i);
                }
            }
        }
        return (lines, numbers, unterminated);
    }

    /// <summary>A read-only stream that repeats one line until <c>totalBytes</c> (rounded down to whole lines).</summary>
    internal sealed class GeneratedLines(byte[] line, long totalBytes) : Stream
    {
        private long _position;

        public long TotalBytes { get; } = totalBytes / line.Length * line.Length;

        public int LineBytes => line.Length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, TotalBytes - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = line[(int)((_position + i) % line.Length)];
            }
            _position += n;
            return n;
        }
    }
}
