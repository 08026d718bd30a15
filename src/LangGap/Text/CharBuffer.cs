namespace LangGap.Text;

/// <summary>A growable character buffer reused across calls on one thread (no per-character bounds games).</summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[256];

    /// <summary>The number of characters written.</summary>
    public int Length { get; private set; }

    /// <summary>The characters written so far.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    /// <summary>Forgets the content, keeping the storage.</summary>
    public void Clear() => Length = 0;

    /// <summary>Makes room for <paramref name="extra"/> more characters.</summary>
    public void Reserve(int extra)
    {
        if (Length + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + extra));
        }
    }

    /// <summary>Appends one character.</summary>
    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }
        _chars[Length++] = c;
    }

    /// <summary>Appends a span.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Appends <c>' ' + text + ' '</c>.</summary>
    public void AppendSpaced(ReadOnlySpan<char> text)
    {
        Reserve(text.Length + 2);
        _chars[Length++] = ' ';
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
        _chars[Length++] = ' ';
    }
}
