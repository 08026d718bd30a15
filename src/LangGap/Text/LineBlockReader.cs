using System.Text.Unicode;

namespace LangGap.Text;

/// <summary>
/// Reads UTF-8 lines from a stream a block at a time, in constant memory: a block holds whole lines only, and the
/// memory it uses is the block size or the longest line, whichever is larger, however long the stream is.
/// </summary>
/// <remarks>
/// Lines follow <see cref="LineFile"/>'s rules: split on <c>\n</c>, one trailing <c>\r</c> removed, a final newline
/// does not start an extra line, a byte-order mark stays in the first line, invalid UTF-8 is an error naming the
/// stream and the line. A block is valid until the next <see cref="ReadAsync"/>.
/// </remarks>
internal sealed class LineBlockReader
{
    private readonly Stream _stream;
    private readonly string _displayName;
    private readonly List<int> _starts = [];
    private readonly List<int> _lengths = [];
    private byte[] _buffer;
    private int _consumed;
    private int _filled;
    private bool _endOfStream;
    private long _nextLine = 1;
    private bool _unterminatedLast;

    /// <summary>Reads <paramref name="stream"/>, named <paramref name="displayName"/> in errors, in blocks of about <paramref name="blockBytes"/>.</summary>
    public LineBlockReader(Stream stream, string displayName, int blockBytes = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockBytes, 16);
        _stream = stream;
        _displayName = displayName;
        _buffer = new byte[blockBytes];
    }

    /// <summary>The number of lines in the current block.</summary>
    public int Count => _starts.Count;

    /// <summary>The 1-based number of the current block's first line.</summary>
    public long FirstLineNumber { get; private set; }

    /// <summary>The bytes of line <paramref name="index"/> of the current block, without its line break.</summary>
    public ReadOnlySpan<byte> Line(int index) => _buffer.AsSpan(_starts[index], _lengths[index]);

    /// <summary>True when line <paramref name="index"/> is the stream's last line and no newline ends it.</summary>
    public bool IsUnterminated(int index) => index == _starts.Count - 1 && _unterminatedLast;

    /// <summary>The size of the buffer behind the blocks, in bytes (the block size, or the longest line when longer).</summary>
    public int BufferBytes => _buffer.Length;

    /// <summary>Reads the next block of whole lines; false at the end of the stream.</summary>
    /// <exception cref="InvalidInputException">A line is not valid UTF-8.</exception>
    public async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        _starts.Clear();
        _lengths.Clear();
        // Keep the partial line left after the previous block, then fill the rest of the buffer.
        var leftover = _filled - _consumed;
        Buffer.BlockCopy(_buffer, _consumed, _buffer, 0, leftover);
        _filled = leftover;
        _consumed = 0;
        while (true)
        {
            while (!_endOfStream && _filled < _buffer.Length)
            {
                var read = await _stream.ReadAsync(_buffer.AsMemory(_filled), cancellationToken).ConfigureAwait(false);
                _endOfStream = read == 0;
                _filled += read;
            }
            var lastBreak = _buffer.AsSpan(0, _filled).LastIndexOf((byte)'\n');
            if (lastBreak >= 0 || _endOfStream)
            {
                Split(_endOfStream ? _filled : lastBreak + 1);
                return _starts.Count > 0;
            }
            // One line longer than the buffer: make room for it.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    private void Split(int end)
    {
        FirstLineNumber = _nextLine;
        _unterminatedLast = end > 0 && _buffer[end - 1] != (byte)'\n';
        var position = 0;
        while (position < end)
        {
            var rest = _buffer.AsSpan(position, end - position);
            var length = rest.IndexOf((byte)'\n');
            var next = length < 0 ? end : position + length + 1;
            if (length < 0)
            {
                length = rest.Length;
            }
            if (length > 0 && _buffer[position + length - 1] == (byte)'\r')
            {
                length--;
            }
            if (!Utf8.IsValid(_buffer.AsSpan(position, length)))
            {
                throw InvalidInputException.At(_displayName, _nextLine, "the line is not valid UTF-8.");
            }
            _starts.Add(position);
            _lengths.Add(length);
            _nextLine++;
            position = next;
        }
        _consumed = end;
    }
}
