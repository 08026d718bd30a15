using System.Text;
using LangGap.Identification;
using LangGap.Identification.Mixing;
using LangGap.Text;

namespace LangGap.Cli.Commands.Lid;

/// <summary>
/// Streams <c>langgap lid</c>: a block of whole lines is read, identified on every thread, written in input order,
/// then the next block — so memory stays constant however long the input is, and output starts before it ends.
/// </summary>
internal static class LidStreamer
{
    /// <summary>Bytes of input per block: large enough to keep both cores busy, small enough to stay in cache.</summary>
    public const int BlockBytes = 1 << 20;

    public static async Task RunAsync(Stream input, string displayName, LanguageIdentifier identifier, LidOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var reader = new LineBlockReader(input, displayName, BlockBytes);
        var threads = options.Threads == -1 ? Environment.ProcessorCount : options.Threads;
        var mix = options.Mix ? new LanguageMixAnalyzer(identifier) : null;
        // Several pieces per thread even out lines of different lengths; each piece renders into its own buffer.
        var pieces = threads == 1 ? 1 : threads * 4;
        var buffers = Enumerable.Range(0, pieces).Select(_ => new StringBuilder()).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var count = reader.Count;
            var first = reader.FirstLineNumber;
            void Render(int piece)
            {
                var buffer = buffers[piece].Clear();
                var end = (int)((long)count * (piece + 1) / pieces);
                for (var i = (int)((long)count * piece / pieces); i < end; i++)
                {
                    LidRenderer.Append(buffer, identifier, mix, reader.Line(i), !reader.IsUnterminated(i), first + i, options);
                }
            }
            if (pieces == 1 || count < 64)
            {
                for (var piece = 0; piece < pieces; piece++)
                {
                    Render(piece);
                }
            }
            else
            {
                Parallel.For(0, pieces, parallel, Render);
            }
            foreach (var buffer in buffers)
            {
                await output.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
        }
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
