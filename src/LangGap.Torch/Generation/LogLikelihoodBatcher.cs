using LangGap.Models.LogLikelihood;
using LangGap.Torch.Checkpoints;

namespace LangGap.Torch.Generation;

/// <summary>Log-likelihoods under a local model: requests tokenised as lm-evaluation-harness does, and the requests of
/// concurrent callers scored together in batched forward passes.</summary>
/// <remarks>
/// <para>Tokenisation: the pair is normalised (<see cref="ContinuationRequest.Normalized"/>), context + continuation is
/// encoded once and the context alone once; the continuation is the whole text's tokens after as many as the context
/// has. The tokenizer's own special tokens stay (a BOS it adds leads both). An empty context is replaced by the model's
/// BOS token, else its first EOS token, so the first continuation token has something to condition on.</para>
/// <para>Batching: callers enqueue; one worker at a time drains the queue, up to <c>batchSize</c> sequences per forward
/// pass (<see cref="LogProbScorer"/>, right-padded, longest sequences together). The evaluation runner sends items concurrently, so options of many
/// samples share a pass. Each result equals the one-by-one result: padding comes after every real token.</para>
/// </remarks>
public sealed class LogLikelihoodBatcher : ILogLikelihoodModel
{
    private readonly PretrainedModel _model;
    private readonly LogProbScorer _scorer;
    private readonly Queue<Pending> _queue = new();
    private readonly Lock _gate = new();
    private bool _running;

    /// <summary>Scores under <paramref name="model"/> (which needs a tokenizer), <paramref name="batchSize"/> sequences per pass.</summary>
    public LogLikelihoodBatcher(PretrainedModel model, int batchSize = 16)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _scorer = new LogProbScorer(model, batchSize);
    }

    /// <summary>The token ids of <paramref name="request"/>: context and continuation, split as the remarks say.</summary>
    /// <exception cref="InvalidInputException">The model has no tokenizer, or the continuation has no token of its own.</exception>
    public (int[] Context, int[] Continuation) Encode(ContinuationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tokenizer = _model.RequireTokenizer();
        var pair = request.Normalized();
        var whole = tokenizer.Encode(pair.Context + pair.Continuation);
        var context = tokenizer.Encode(pair.Context);
        if (whole.Length <= context.Length)
        {
            throw new InvalidInputException($"The continuation '{pair.Continuation}' adds no token to its context under model '{_model.Name}'.");
        }
        var prefix = whole[..context.Length];
        if (prefix.Length == 0)
        {
            var start = _model.Config.BosTokenId ?? (_model.EosTokenIds.Count > 0 ? _model.EosTokenIds[0]
                : throw new InvalidInputException($"Model '{_model.Name}' has neither a BOS nor an EOS token to put before an empty context."));
            prefix = [start];
        }
        return (prefix, whole[context.Length..]);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContinuationScore>> ScoreAsync(IReadOnlyList<ContinuationRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return await ScoreIdsAsync(requests.Select(Encode).ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Scores token-id pairs (a context of at least one id, a continuation), batched with other callers' pairs.</summary>
    public async Task<IReadOnlyList<ContinuationScore>> ScoreIdsAsync(IReadOnlyList<(int[] Context, int[] Continuation)> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Any(p => p.Context.Length == 0 || p.Continuation.Length == 0))
        {
            throw new ArgumentException("Every pair needs at least one context id and one continuation id.", nameof(pairs));
        }
        var pending = new Pending(pairs, cancellationToken);
        bool start;
        lock (_gate)
        {
            _queue.Enqueue(pending);
            start = !_running;
            _running = true;
        }
        if (start)
        {
            _ = Task.Run(Drain, CancellationToken.None);
        }
        using (cancellationToken.Register(() => pending.Completion.TrySetCanceled(cancellationToken)))
        {
            return await pending.Completion.Task.ConfigureAwait(false);
        }
    }

    private void Drain()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _running = false;
                    return;
                }
                batch = [.. _queue.Where(p => !p.Cancellation.IsCancellationRequested)];
                _queue.Clear();
            }
            if (batch.Count == 0)
            {
                continue;
            }
            try
            {
                var pairs = batch.SelectMany(p => p.Pairs).Select(p => ((IReadOnlyList<int>)p.Context, (IReadOnlyList<int>)p.Continuation)).ToArray();
                // Longest first, so each forward pass holds sequences of similar length and pads little.
                var order = Enumerable.Range(0, pairs.Length).OrderByDescending(i => pairs[i].Item1.Count + pairs[i].Item2.Count).ToArray();
                var sorted = _scorer.ScoreCompletions([.. order.Select(i => pairs[i])]);
                var scores = new SequenceScore[pairs.Length];
                for (var k = 0; k < order.Length; k++)
                {
                    scores[order[k]] = sorted[k];
                }
                var offset = 0;
                foreach (var pending in batch)
                {
                    var results = scores.Skip(offset).Take(pending.Pairs.Count).Select(s => new ContinuationScore(s.Sum, s.TokenLogProbs.Count)).ToArray();
                    offset += pending.Pairs.Count;
                    pending.Completion.TrySetResult(results);
                }
            }
            catch (Exception e)
            {
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(e);
                }
            }
        }
    }

    private sealed record Pending(IReadOnlyList<(int[] Context, int[] Continuation)> Pairs, CancellationToken Cancellation)
    {
        public TaskCompletionSource<IReadOnlyList<ContinuationScore>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
