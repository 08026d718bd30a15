using System.Text.Json.Nodes;
using LangGap.Torch.Training.Losses;

namespace LangGap.Torch.Tests.Training;

/// <summary>Losses and gradients against PyTorch (bench/training-parity.py, copied to Reference/training).</summary>
[Collection(TorchCollection.Name)]
public sealed class AlignmentLossParityTests
{
    private const double Tolerance = 1e-5;

    private static readonly JsonObject Reference = JsonNode.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "training", "training-parity.json")))!.AsObject();

    public static TheoryData<int> DpoCases => new() { 0, 1, 2, 3 };

    public static TheoryData<int> RlooCases => new() { 0, 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(DpoCases))]
    public void DpoLoss_ReferenceCase_MatchesTorchLossAndGradients(int index)
    {
        // Arrange
        var c = Reference["dpo"]![index]!;
        using var scope = NewDisposeScope();
        var pc = Vector(c["policy_chosen"]!).requires_grad_();
        var pr = Vector(c["policy_rejected"]!).requires_grad_();
        var beta = c["beta"]!.GetValue<double>();

        // Act
        var loss = c["kind"]!.GetValue<string>() == "ipo"
            ? DpoLoss.Ipo(pc, pr, Vector(c["reference_chosen"]!), Vector(c["reference_rejected"]!), beta)
            : DpoLoss.Sigmoid(pc, pr, Vector(c["reference_chosen"]!), Vector(c["reference_rejected"]!), beta, c["label_smoothing"]!.GetValue<double>());
        loss.backward();

        // Assert
        Assert.Equal(c["loss"]!.GetValue<double>(), loss.item<double>(), Tolerance);
        AssertClose(c["grad_policy_chosen"]!, pc.grad!);
        AssertClose(c["grad_policy_rejected"]!, pr.grad!);
    }

    [Theory]
    [MemberData(nameof(RlooCases))]
    public void RlooLoss_ReferenceCase_MatchesTorchRewardsAdvantagesLossAndGradients(int index)
    {
        // Arrange
        var c = Reference["rloo"]![index]!;
        using var scope = NewDisposeScope();
        var logProbs = Matrix(c["logprobs"]!).requires_grad_();
        var mask = Matrix(c["mask"]!);
        var k = c["k"]!.GetValue<int>();

        // Act
        var (rewards, kl) = RlooLoss.ShapedRewards(Vector(c["scores"]!), logProbs, Matrix(c["ref_logprobs"]!), mask, c["beta"]!.GetValue<double>());
        var advantages = RlooLoss.Advantages(rewards, k);
        if (c["normalize"]!.GetValue<bool>())
        {
            advantages = RlooLoss.Normalize(advantages);
        }
        var old = c["old_logprobs"] is { } o ? Vector(o) : null;
        var loss = RlooLoss.PolicyLoss(logProbs, mask, advantages, old, c["epsilon"]!.GetValue<double>());
        loss.backward();

        // Assert
        AssertClose(c["kl"]!, kl);
        AssertClose(c["rewards"]!, rewards);
        AssertClose(c["advantages"]!, advantages);
        Assert.Equal(c["loss"]!.GetValue<double>(), loss.item<double>(), Tolerance);
        AssertClose(c["grad_logprobs"]!, logProbs.grad!);
    }

    [Fact]
    public void BradleyTerryLoss_ReferenceCase_MatchesTorchLossAndGradients()
    {
        // Arrange
        var c = Reference["bradley_terry"]!;
        using var scope = NewDisposeScope();
        var chosen = Vector(c["chosen"]!).requires_grad_();
        var rejected = Vector(c["rejected"]!).requires_grad_();

        // Act
        var loss = BradleyTerryLoss.Compute(chosen, rejected);
        loss.backward();

        // Assert
        Assert.Equal(c["loss"]!.GetValue<double>(), loss.item<double>(), Tolerance);
        AssertClose(c["grad_chosen"]!, chosen.grad!);
        AssertClose(c["grad_rejected"]!, rejected.grad!);
    }

    [Fact]
    public void SftLoss_ReferenceCase_MatchesTorchLossAndGradients()
    {
        // Arrange
        var c = Reference["sft"]!;
        using var scope = NewDisposeScope();
        var rows = c["logits"]!.AsArray();
        var flat = rows.SelectMany(r => r!.AsArray().SelectMany(t => t!.AsArray().Select(v => v!.GetValue<double>()))).ToArray();
        var vocab = rows[0]![0]!.AsArray().Count;
        var logits = tensor(flat, [rows.Count, rows[0]!.AsArray().Count, vocab]).requires_grad_();
        var targets = Matrix(c["targets"]!).to_type(ScalarType.Int64);

        // Act
        var loss = SftLoss.Compute(logits, targets, Matrix(c["mask"]!));
        loss.backward();

        // Assert
        Assert.Equal(c["loss"]!.GetValue<double>(), loss.item<double>(), Tolerance);
        AssertClose(c["grad_logits"]!, logits.grad!);
    }

    private static Tensor Vector(JsonNode node) => tensor(node.AsArray().Select(v => v!.GetValue<double>()).ToArray());

    private static Tensor Matrix(JsonNode node)
    {
        var rows = node.AsArray();
        var flat = rows.SelectMany(r => r!.AsArray().Select(v => v!.GetValue<double>())).ToArray();
        return tensor(flat, [rows.Count, flat.Length / rows.Count]);
    }

    private static void AssertClose(JsonNode expected, Tensor actual)
    {
        var want = Flatten(expected).ToArray();
        var got = actual.to_type(ScalarType.Float64).data<double>().ToArray();
        Assert.Equal(want.Length, got.Length);
        for (var i = 0; i < want.Length; i++)
        {
            Assert.True(Math.Abs(want[i] - got[i]) <= Tolerance, $"element {i}: expected {want[i]}, found {got[i]}");
        }
    }

    private static IEnumerable<double> Flatten(JsonNode node) =>
        node is JsonArray array ? array.SelectMany(n => Flatten(n!)) : [node.GetValue<double>()];
}
