namespace LangGap.Metrics;

/// <summary>
/// sacrebleu's <c>BeamEditDistance</c>: word-level Levenshtein distance restricted to a beam around the length-ratio
/// diagonal, with tercom's operation preferences, for one reference and many permutations of one hypothesis.
/// </summary>
/// <remarks>
/// Rows only depend on the hypothesis prefix, so the rows of the last full computation (the "base") are kept and a
/// candidate shift is computed from the longest prefix it shares with the base: the same saving sacrebleu's prefix
/// trie gives, with identical results.
/// </remarks>
internal sealed class TerEditDistance
{
    private const long Infinity = 10_000_000_000_000_000;
    private const byte OpNone = (byte)' ', OpSub = (byte)'s', OpIns = (byte)'i', OpDel = (byte)'d', OpUndefined = (byte)'x';
    private const int BeamWidth = 25;

    private readonly int[] _reference;
    private readonly int _m;
    private long[][] _rows = [];
    private byte[][] _ops = [];
    private int[] _base = [];
    private long[] _previous;
    private long[] _current;

    public TerEditDistance(int[] reference)
    {
        _reference = reference;
        _m = reference.Length;
        _previous = new long[_m + 1];
        _current = new long[_m + 1];
    }

    /// <summary>Computes the distance to <paramref name="words"/> and its edit trace (rewriting the hypothesis into the reference), and keeps its rows.</summary>
    public long ComputeWithTrace(int[] words, out byte[] trace)
    {
        var n = words.Length;
        if (_rows.Length < n + 1)
        {
            _rows = new long[n + 1][];
            _ops = new byte[n + 1][];
            for (var i = 0; i <= n; i++)
            {
                _rows[i] = new long[_m + 1];
                _ops[i] = new byte[_m + 1];
            }
        }
        for (var j = 0; j <= _m; j++)
        {
            _rows[0][j] = j;
            _ops[0][j] = OpIns;
        }
        var (ratio, beam) = Beam(n);
        for (var i = 1; i <= n; i++)
        {
            FillRow(words, i, n, ratio, beam, _rows[i - 1], _rows[i], _ops[i]);
        }
        _base = (int[])words.Clone();

        var ops = new List<byte>(n + _m);
        int a = n, b = _m;
        while (a > 0 || b > 0)
        {
            var op = _ops[a][b];
            ops.Add(op);
            switch (op)
            {
                case OpSub or OpNone: a--; b--; break;
                case OpIns: b--; break;
                case OpDel: a--; break;
                default: throw new InvalidOperationException($"TER trace reached an undefined cell at ({a}, {b}).");
            }
        }
        ops.Reverse();
        trace = [.. ops];
        return _rows[n][_m];
    }

    /// <summary>Computes the distance to <paramref name="words"/> only, reusing the base rows of the shared prefix.</summary>
    public long Compute(int[] words)
    {
        var n = words.Length;
        var shared = 0;
        var limit = Math.Min(n, _base.Length);
        while (shared < limit && words[shared] == _base[shared])
        {
            shared++;
        }
        if (shared == n && _base.Length == n)
        {
            return _rows[n][_m];
        }
        var (ratio, beam) = Beam(n);
        Array.Copy(_rows[shared], _previous, _m + 1);
        for (var i = shared + 1; i <= n; i++)
        {
            FillRow(words, i, n, ratio, beam, _previous, _current, null);
            (_previous, _current) = (_current, _previous);
        }
        return _previous[_m];
    }

    private (double Ratio, int Beam) Beam(int n)
    {
        var ratio = n > 0 ? (double)_m / n : 1.0;
        // "in some crazy sentences, the difference in length is so large that we may end up with zero overlap"
        var beam = BeamWidth < ratio / 2 ? (int)Math.Ceiling(ratio / 2 + BeamWidth) : BeamWidth;
        return (ratio, beam);
    }

    private void FillRow(int[] words, int i, int n, double ratio, int beam, long[] previous, long[] row, byte[]? ops)
    {
        Array.Fill(row, Infinity);
        ops?.AsSpan().Fill(OpUndefined);
        var diagonal = (long)Math.Floor(i * ratio);
        var minJ = (int)Math.Max(0, diagonal - beam);
        var maxJ = (int)Math.Min(_m + 1, diagonal + beam);
        if (i == n)
        {
            maxJ = _m + 1;
        }
        var word = words[i - 1];
        for (var j = minJ; j < maxJ; j++)
        {
            if (j == 0)
            {
                row[0] = previous[0] + 1;
                if (ops is not null)
                {
                    ops[0] = OpDel;
                }
                continue;
            }
            // Tercom prefers no-op/substitution, then insertion, then deletion; the trace is flipped later, so
            // deletion is tried before insertion here. A candidate wins only when strictly cheaper.
            var best = Infinity;
            var op = OpUndefined;
            var match = word == _reference[j - 1];
            var cost = previous[j - 1] + (match ? 0 : 1);
            if (best > cost) { best = cost; op = match ? OpNone : OpSub; }
            cost = previous[j] + 1;
            if (best > cost) { best = cost; op = OpDel; }
            cost = row[j - 1] + 1;
            if (best > cost) { best = cost; op = OpIns; }
            row[j] = best;
            if (ops is not null)
            {
                ops[j] = op;
            }
        }
    }
}
