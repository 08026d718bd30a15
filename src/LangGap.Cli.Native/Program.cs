using LangGap.Cli;

// The natively compiled langgap for the commands of StandaloneCatalog (score, compare, significance, lid, languages).
if (args.Length > 0 && args[0] is "score" or "compare" or "significance")
{
    HugePages.AdviseHeap();
    SkipCollections();
}
return await LangGapApp.RunAsync(args, CliConsole.System, StandaloneCatalog.Create, CancellationToken.None);

// These commands read their files whole and keep nearly everything they allocate to the end, so a collection only
// copies live data from one generation to the next (about a tenth of a metrics job's CPU time). Asking for no
// collections up to a budget removes that; past the budget the collector simply runs as usual. lid is left out: it
// streams arbitrarily large input in constant memory.
static void SkipCollections()
{
    const long Budget = 256L * 1024 * 1024;
    try
    {
        GC.TryStartNoGCRegion(Budget);
    }
    catch (ArgumentOutOfRangeException)
    {
        // The runtime's ephemeral space is smaller than the budget here: collect as usual.
    }
}
