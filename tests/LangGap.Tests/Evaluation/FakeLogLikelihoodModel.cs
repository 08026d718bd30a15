using LangGap.Models.LogLikelihood;

namespace LangGap.Tests.Evaluation;

/// <summary>A log-likelihood backend answering from a callback, counting calls and keeping the requests it saw.</summary>
public sealed class FakeLogLikelihoodModel(Func<ContinuationRequest, double> logProb) : ILogLikelihoodModel
{
    private int _calls;

    public int Calls => _calls;

    public List<ContinuationRequest> Requests { get; } = [];

    public Task<IReadOnlyList<ContinuationScore>> ScoreAsync(IReadOnlyList<ContinuationRequest> requests, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        lock (Requests)
        {
            Requests.AddRange(requests);
        }
        return Task.FromResult<IReadOnlyList<ContinuationScore>>([.. requests.Select(r => new ContinuationScore(logProb(r), 1))]);
    }
}
