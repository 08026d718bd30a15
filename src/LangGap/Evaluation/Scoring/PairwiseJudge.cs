using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using LangGap.Statistics.Preference;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation.Scoring;

/// <summary>LLM-as-judge, pairwise: which of two outputs to the same prompt is better (A, B or TIE), told the target language.</summary>
/// <remarks>
/// Judges favour the first answer they see, so the order is randomised per sample from a seeded hash of the seed and
/// sample id (the same inputs always give the same order), or <see cref="JudgeBothOrdersAsync"/> asks in both orders.
/// Verdicts are mapped back to the caller's A/B. A reply without a verdict is returned with a reason, never as a tie.
/// </remarks>
public sealed class PairwiseJudge
{
    private readonly IChatClient _judge;
    private readonly string _judgeId;
    private readonly long _seed;
    private readonly ChatOptions _options = new() { Temperature = 0, MaxOutputTokens = 512, Seed = 0 };

    /// <summary>Creates a pairwise judge.</summary>
    /// <param name="judge">The judge model's client.</param>
    /// <param name="judgeId">The judge model's id.</param>
    /// <param name="seed">The seed the presentation order derives from.</param>
    public PairwiseJudge(IChatClient judge, string judgeId, long seed = 0)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentException.ThrowIfNullOrWhiteSpace(judgeId);
        _judge = judge;
        _judgeId = judgeId;
        _seed = seed;
    }

    /// <summary>Judges <paramref name="outputA"/> against <paramref name="outputB"/> in a seeded random order.</summary>
    public Task<PairwiseJudgement> JudgeAsync(Sample sample, string outputA, string outputB, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return AskAsync(sample, outputA, outputB, SwapOf(sample.Id), cancellationToken);
    }

    /// <summary>Judges in both orders and returns both verdicts (A/B in the caller's terms).</summary>
    public async Task<IReadOnlyList<PairwiseJudgement>> JudgeBothOrdersAsync(Sample sample, string outputA, string outputB, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var first = await AskAsync(sample, outputA, outputB, false, cancellationToken).ConfigureAwait(false);
        var second = await AskAsync(sample, outputA, outputB, true, cancellationToken).ConfigureAwait(false);
        return [first, second];
    }

    /// <summary>Whether the seeded order shows B first for <paramref name="sampleId"/>.</summary>
    internal bool SwapOf(string sampleId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{_seed}\u001fpairwise\u001f{sampleId}"));
        return (BinaryPrimitives.ReadUInt32LittleEndian(hash) & 1) == 1;
    }

    /// <summary>Judges with an explicit order: B is shown first when <paramref name="swap"/> is set.</summary>
    internal Task<PairwiseJudgement> JudgeInOrderAsync(Sample sample, string outputA, string outputB, bool swap, CancellationToken cancellationToken) =>
        AskAsync(sample, outputA, outputB, swap, cancellationToken);

    private async Task<PairwiseJudgement> AskAsync(Sample sample, string outputA, string outputB, bool swap, CancellationToken cancellationToken)
    {
        var language = JudgePrompts.TargetLanguage(sample);
        var (first, second) = swap ? (outputB, outputA) : (outputA, outputB);
        var prompt = $"""
            Compare two answers to the same prompt. The answer should be written in {language}; an answer in another language is worse.
            Explain briefly, then end with a line "Verdict: A", "Verdict: B" or "Verdict: TIE".

            [Prompt]
            {sample.Prompt}

            [Answer A]
            {first}

            [Answer B]
            {second}
            """;
        string reply;
        try
        {
            reply = (await _judge.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], _options, cancellationToken).ConfigureAwait(false)).Text;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return new PairwiseJudgement(null, "", swap, $"judge '{_judgeId}' failed: {e.Message}");
        }
        if (JudgeReplyParser.Verdict(reply) is not { } seen)
        {
            return new PairwiseJudgement(null, reply, swap, $"judge '{_judgeId}' gave no verdict A, B or TIE");
        }
        var verdict = !swap || seen == Verdict.Tie ? seen : seen == Verdict.A ? Verdict.B : Verdict.A;
        return new PairwiseJudgement(verdict, reply, swap, null);
    }
}
