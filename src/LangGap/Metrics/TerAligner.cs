namespace LangGap.Metrics;

/// <summary>Translation edit rate with shifts for one hypothesis and one reference, as sacrebleu's <c>lib_ter</c> computes it.</summary>
/// <remarks>
/// Greedy shifting as in tercom: at each step the shift that lowers the edit distance most is applied (ties: longer,
/// then earlier in the hypothesis, then earlier target), shifted blocks are at most 10 words and move at most 50
/// positions, and the search stops after 1000 candidate shifts in total, as sacrebleu does.
/// </remarks>
internal static class TerAligner
{
    private const int MaxShiftSize = 10;
    private const int MaxShiftDistance = 50;
    private const int MaxShiftCandidates = 1000;

    /// <summary>The number of edits (shifts + edit distance) and the reference length.</summary>
    public static (long Edits, int ReferenceLength) Compute(int[] hypothesis, int[] reference)
    {
        if (reference.Length == 0)
        {
            return (hypothesis.Length, 0);
        }
        var distance = new TerEditDistance(reference);
        var shifts = 0;
        var input = hypothesis;
        var checkedCandidates = 0;
        long current;
        while (true)
        {
            var (delta, shifted, preScore, spent) = BestShift(input, reference, distance, checkedCandidates);
            checkedCandidates = spent;
            current = preScore;
            if (checkedCandidates >= MaxShiftCandidates || delta <= 0)
            {
                break;
            }
            shifts++;
            input = shifted;
        }
        return (shifts + current, reference.Length);
    }

    private static (long Delta, int[] Shifted, long PreScore, int CheckedCandidates) BestShift(int[] words, int[] reference, TerEditDistance distance, int checkedCandidates)
    {
        var preScore = distance.ComputeWithTrace(words, out var trace);
        var (align, refErr, hypErr) = Alignment(trace, words.Length, reference.Length);

        var found = false;
        long bestDelta = 0;
        int bestLength = 0, bestStart = 0, bestTarget = 0;
        int[] bestWords = words;
        var n = words.Length;
        var m = reference.Length;
        for (var startH = 0; startH < n; startH++)
        {
            for (var startR = 0; startR < m; startR++)
            {
                if (Math.Abs(startR - startH) > MaxShiftDistance)
                {
                    continue;
                }
                var length = 0;
                while (words[startH + length] == reference[startR + length] && length < MaxShiftSize)
                {
                    length++;
                    if (TryCandidate(startH, startR, length))
                    {
                        return Result();
                    }
                    if (n == startH + length || m == startR + length)
                    {
                        break;
                    }
                }
            }
        }
        return Result();

        (long, int[], long, int) Result() => found ? (bestDelta, bestWords, preScore, checkedCandidates) : (0, words, preScore, checkedCandidates);

        // Evaluates one (startH, startR, length) pair; true when the candidate budget is spent.
        bool TryCandidate(int startH, int startR, int length)
        {
            // Shift only when the hypothesis block was wrong and the reference block is not already matched.
            if (Sum(hypErr, startH, length) == 0 || Sum(refErr, startR, length) == 0)
            {
                return false;
            }
            if (startH <= align[startR] && align[startR] < startH + length)
            {
                return false;
            }
            var previousTarget = -1;
            for (var offset = -1; offset < length; offset++)
            {
                var target = startR + offset == -1 ? 0 : align[startR + offset] + 1;
                if (target == previousTarget)
                {
                    continue;
                }
                previousTarget = target;
                var shifted = PerformShift(words, startH, length, target);
                var delta = preScore - distance.Compute(shifted);
                checkedCandidates++;
                if (!found || IsBetter(delta, length, startH, target))
                {
                    found = true;
                    (bestDelta, bestLength, bestStart, bestTarget, bestWords) = (delta, length, startH, target, shifted);
                }
            }
            return checkedCandidates >= MaxShiftCandidates;
        }

        // Python compares (delta, length, -start, -target) tuples; the shifted words never break a tie.
        bool IsBetter(long delta, int length, int start, int target) =>
            delta != bestDelta ? delta > bestDelta
            : length != bestLength ? length > bestLength
            : start != bestStart ? start < bestStart
            : target < bestTarget;
    }

    private static int Sum(int[] values, int start, int length)
    {
        var sum = 0;
        for (var i = start; i < start + length; i++)
        {
            sum += values[i];
        }
        return sum;
    }

    // trace_to_alignment on the flipped trace (insertions and deletions swapped).
    private static (int[] Align, int[] RefErr, int[] HypErr) Alignment(byte[] trace, int n, int m)
    {
        var align = new int[m];
        var refErr = new int[m];
        var hypErr = new int[n];
        int posHyp = -1, posRef = -1;
        foreach (var op in trace)
        {
            switch (op)
            {
                case (byte)' ':
                case (byte)'s':
                    posHyp++;
                    posRef++;
                    align[posRef] = posHyp;
                    hypErr[posHyp] = op == (byte)'s' ? 1 : 0;
                    refErr[posRef] = op == (byte)'s' ? 1 : 0;
                    break;
                case (byte)'d': // flipped to an insertion: a hypothesis word
                    posHyp++;
                    hypErr[posHyp] = 1;
                    break;
                case (byte)'i': // flipped to a deletion: a reference word
                    posRef++;
                    align[posRef] = posHyp;
                    refErr[posRef] = 1;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown TER operation '{(char)op}'.");
            }
        }
        return (align, refErr, hypErr);
    }

    // _perform_shift, with Python's clamped slices.
    private static int[] PerformShift(int[] words, int start, int length, int target)
    {
        var result = new List<int>(words.Length);
        if (target < start)
        {
            Append(result, words, 0, target);
            Append(result, words, start, start + length);
            Append(result, words, target, start);
            Append(result, words, start + length, words.Length);
        }
        else if (target > start + length)
        {
            Append(result, words, 0, start);
            Append(result, words, start + length, target);
            Append(result, words, start, start + length);
            Append(result, words, target, words.Length);
        }
        else
        {
            Append(result, words, 0, start);
            Append(result, words, start + length, length + target);
            Append(result, words, start, start + length);
            Append(result, words, length + target, words.Length);
        }
        return [.. result];
    }

    private static void Append(List<int> target, int[] source, int from, int to)
    {
        from = Math.Clamp(from, 0, source.Length);
        to = Math.Clamp(to, 0, source.Length);
        for (var i = from; i < to; i++)
        {
            target.Add(source[i]);
        }
    }
}
