using System.Globalization;
using System.Runtime.InteropServices;

namespace LangGap.Cli;

/// <summary>
/// Asks Linux to back the garbage-collected heap with transparent huge pages (<c>madvise(MADV_HUGEPAGE)</c>), as the JVM
/// does with <c>-XX:+UseTransparentHugePages</c>. On systems whose transparent huge pages are in <c>madvise</c> mode
/// (Debian's default) a short metric job otherwise spends about a quarter of its CPU time in page faults, one per 4 KB of
/// memory it touches for the first time. It changes where memory comes from, never what the program computes; any
/// failure leaves the heap as it was.
/// </summary>
internal static partial class HugePages
{
    private const int MadviseHugePage = 14;

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);

    /// <summary>Advises huge pages for the contiguous anonymous mappings around the collector's heap; false when it could not.</summary>
    public static bool AdviseHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            // With regions, every generation's memory is carved out of one reservation: any object lies inside it.
            var probe = GC.AllocateArray<byte>(64, pinned: true);
            var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            ulong address;
            try
            {
                address = (ulong)handle.AddrOfPinnedObject();
            }
            finally
            {
                handle.Free();
            }
            var mappings = ReadAnonymousMappings();
            var at = mappings.FindIndex(m => m.Start <= address && address < m.End);
            if (at < 0)
            {
                return false;
            }
            var first = at;
            while (first > 0 && mappings[first - 1].End == mappings[first].Start)
            {
                first--;
            }
            var last = at;
            while (last + 1 < mappings.Count && mappings[last].End == mappings[last + 1].Start)
            {
                last++;
            }
            var start = mappings[first].Start;
            return Madvise((nint)start, (nuint)(mappings[last].End - start), MadviseHugePage) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // Anonymous mappings (no file, inode 0) from /proc/self/maps, in address order.
    private static List<(ulong Start, ulong End)> ReadAnonymousMappings()
    {
        var result = new List<(ulong, ulong)>();
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // start-end perms offset dev inode [path]
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || fields[4] != "0" || (fields.Length == 6 && fields[5].Trim().Length > 0))
            {
                continue;
            }
            var dash = fields[0].IndexOf('-', StringComparison.Ordinal);
            result.Add((ulong.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                ulong.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }
        return result;
    }
}
