using System.Buffers.Binary;
using LangGap.Cli.Charts;
using LangGap.Torch.Training;

namespace LangGap.Cli.Tests.Charts;

public sealed class TrainingCurvesTests
{
    [Fact]
    public void Write_MetricsLogged_PngOfTheGivenSizeNextToTheLog()
    {
        // Arrange: a DPO log with loss and reward margin, KL missing (null) as the trainer writes it.
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllLines(Path.Combine(folder, AlignmentTrainer.MetricsFile),
            Enumerable.Range(1, 3).Select(s => $$"""{"step":{{s}},"loss":{{0.7 - s * 0.1}},"reward":{{s * 0.2}},"kl":null}"""));

        // Act
        TrainingCurves.Write(folder, AlignmentMethod.Dpo);

        // Assert: a PNG whose header says 900 × 500.
        var png = File.ReadAllBytes(Path.Combine(folder, TrainingCurves.FileName));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal((900, 500), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public void WritePng_NoPoints_WritesNothing()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "curves.png");

        TrainingCurves.WritePng(path, "t", "reward, KL", []);

        Assert.False(File.Exists(path));
    }
}
