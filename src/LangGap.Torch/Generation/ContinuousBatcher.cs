using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Generation;

/// <summary>Decodes concurrent requests together: one loop advances every running sequence by one token per step, and a
/// request that arrives while others run joins at the next step (continuous batching).</summary>
/// <remarks>
/// Each sequence has its own key/value cache slot. A new request's prompt is encoded alone (exactly as
/// <see cref="TextGenerator.Generate"/> does), its keys and values are copied into a free slot, and from then on it
/// decodes in the shared step, attending only its own positions. A sequence that finishes frees its slot at once for the
/// next waiting request, so short answers do not wait for long ones. Token choice, stop conditions and the result are the
/// same as one-at-a-time decoding; every sampled request keeps its own seeded random stream.
/// All model work runs on one background thread; requests may come from any thread.
/// </remarks>
public sealed class ContinuousBatcher : IDisposable
{
    private readonly PretrainedModel _model;
    private readonly object _lock = new();
    private readonly Queue<Request> _waiting = new();
    private Thread? _worker;
    private bool _disposed;

    /// <summary>Decodes with <paramref name="model"/> (which stays owned by the caller), at most
    /// <paramref name="maxBatchSize"/> sequences at a time.</summary>
    public ContinuousBatcher(PretrainedModel model, int maxBatchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBatchSize);
        _model = model;
        MaxBatchSize = maxBatchSize;
    }

    /// <summary>The most sequences decoded in one step; further requests wait for a free slot.</summary>
    public int MaxBatchSize { get; }

    /// <summary>Continues <paramref name="promptIds"/>; completes when this sequence stops, whatever else is running.</summary>
    /// <exception cref="ObjectDisposedException">The batcher was disposed before the request finished.</exception>
    public Task<GenerationResult> GenerateAsync(IReadOnlyList<int> promptIds, SamplingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promptIds);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (promptIds.Count == 0)
        {
            throw new ArgumentException("The prompt needs at least one token.", nameof(promptIds));
        }
        cancellationToken.ThrowIfCancellationRequested();
        var request = new Request(promptIds.ToArray(), options, cancellationToken);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _waiting.Enqueue(request);
            if (_worker is null)
            {
                _worker = new Thread(Run) { IsBackground = true, Name = "langgap-decoder" };
                _worker.Start();
            }
            Monitor.Pulse(_lock);
        }
        // The caller sees cancellation at once; the decoding thread drops the sequence at its next step.
        return request.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops the decoding thread; requests still running fail with <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        Thread? worker;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            worker = _worker;
            Monitor.Pulse(_lock);
        }
        worker?.Join();
        lock (_lock)
        {
            foreach (var request in _waiting)
            {
                request.Completion.TrySetException(new ObjectDisposedException(nameof(ContinuousBatcher)));
            }
            _waiting.Clear();
        }
    }

    private void Run()
    {
        using var noGrad = no_grad();
        using var cache = new SlotKvCache(_model.Config, MaxBatchSize);
        var running = new List<Sequence>(MaxBatchSize);   // running[i] occupies slot i
        while (true)
        {
            var admitted = new List<Request>();
            lock (_lock)
            {
                while (!_disposed && running.Count == 0 && _waiting.Count == 0)
                {
                    Monitor.Wait(_lock);
                }
                if (_disposed)
                {
                    break;
                }
                while (running.Count + admitted.Count < MaxBatchSize && _waiting.TryDequeue(out var request))
                {
                    admitted.Add(request);
                }
            }
            try
            {
                foreach (var request in admitted)
                {
                    Admit(request, running, cache);
                }
                if (running.Count > 0)
                {
                    Step(running, cache);
                }
            }
            catch (Exception ex)
            {
                // A failed step leaves the slots in an unknown state: fail what was running and start afresh.
                foreach (var sequence in running)
                {
                    sequence.Dispose();
                    sequence.Request.Completion.TrySetException(ex);
                }
                running.Clear();
            }
        }
        foreach (var sequence in running)
        {
            sequence.Dispose();
            sequence.Request.Completion.TrySetException(new ObjectDisposedException(nameof(ContinuousBatcher)));
        }
    }

    /// <summary>Encodes the prompt alone, chooses its first token and, unless that ends it, gives it the next slot.</summary>
    private void Admit(Request request, List<Sequence> running, SlotKvCache cache)
    {
        if (request.CancellationToken.IsCancellationRequested)
        {
            request.Completion.TrySetCanceled(request.CancellationToken);
            return;
        }
        var sequence = new Sequence(request, _model);
        if (sequence.Decoded.IsDone)
        {
            sequence.Complete();
            return;
        }
        try
        {
            using var single = _model.Model.CreateCache();
            using (var scope = NewDisposeScope())
            {
                var input = tensor(request.PromptIds.Select(i => (long)i).ToArray()).view(1, -1);          // (1, T)
                var logits = _model.Model.Forward(input, null, single, lastTokenOnly: true);               // (1, 1, V)
                sequence.Add(sequence.Choose(logits.select(1, 0)));
            }
            if (sequence.Decoded.IsDone)
            {
                sequence.Complete();
                return;
            }
            cache.Load(running.Count, single);
            sequence.Length = request.PromptIds.Length;
            running.Add(sequence);
        }
        catch (Exception ex)
        {
            sequence.Dispose();
            request.Completion.TrySetException(ex);
        }
    }

    /// <summary>Advances every running sequence by one token, then frees the slots of those that stopped.</summary>
    private void Step(List<Sequence> running, SlotKvCache cache)
    {
        var tokens = running.Select(s => (long)s.Decoded.Ids[^1]).ToArray();
        var lengths = running.Select(s => s.Length).ToArray();
        using (var scope = NewDisposeScope())
        {
            var logits = _model.Model.DecodeSlots(tokens, lengths, cache).select(1, 0);          // (B, V)
            var greedy = logits.argmax(-1).data<long>().ToArray();                                        // (B)
            for (var b = 0; b < running.Count; b++)
            {
                var sequence = running[b];
                sequence.Length++;
                sequence.Add(sequence.Sampler is null ? (int)greedy[b] : sequence.Choose(logits.narrow(0, b, 1)));
            }
        }
        for (var b = running.Count - 1; b >= 0; b--)
        {
            var sequence = running[b];
            var cancelled = sequence.Request.CancellationToken.IsCancellationRequested;
            if (!sequence.Decoded.IsDone && !cancelled)
            {
                continue;
            }
            if (cancelled)
            {
                sequence.Dispose();
                sequence.Request.Completion.TrySetCanceled(sequence.Request.CancellationToken);
            }
            else
            {
                sequence.Complete();
            }
            // Keep the running sequences in slots 0…B−1: the last one moves into the freed slot.
            var last = running.Count - 1;
            if (b != last)
            {
                cache.Move(last, b, running[last].Length);
                running[b] = running[last];
            }
            running.RemoveAt(last);
        }
    }

    private sealed record Request(int[] PromptIds, SamplingOptions Options, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<GenerationResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>A request being decoded: its tokens, its cached length and, when sampling, its random stream.</summary>
    private sealed class Sequence : IDisposable
    {
        public Sequence(Request request, PretrainedModel model)
        {
            Request = request;
            var eos = new HashSet<int>(request.Options.EosTokenIds ?? model.EosTokenIds);
            Decoded = new DecodedSequence(model.Tokenizer, eos, request.Options);
            Sampler = request.Options.IsGreedy ? null : new TokenSampler(request.Options);
        }

        public Request Request { get; }

        public DecodedSequence Decoded { get; }

        public TokenSampler? Sampler { get; }

        /// <summary>Positions in this sequence's cache slot.</summary>
        public long Length { get; set; }

        /// <summary>The next token from <paramref name="logits"/> (1, V).</summary>
        public int Choose(Tensor logits)
        {
            if (Sampler is null)
            {
                return (int)logits.argmax(-1).item<long>();
            }
            using var next = Sampler.Next(logits);                                                         // (1)
            return (int)next.item<long>();
        }

        public void Add(int token) => Decoded.Add(token);

        public void Complete()
        {
            Dispose();
            Request.Completion.TrySetResult(Decoded.Finish());
        }

        public void Dispose() => Sampler?.Dispose();
    }
}
