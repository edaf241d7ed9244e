using System.Text.Json;
using System.Text.Json.Serialization;

namespace Xdt.Bench.Shark.Replay;

/// <summary>
/// A real run of <c>bench/shark</c>, written as JSON beside its chart (<c>artifacts/shark-real.json</c>): its set-up,
/// what it measured for the simulation's calibration, its figures, and the machine's load. The simulation replays it
/// at the same scale (<c>--simulate --replay FILE</c>) and a test holds the two together (bench/shark/Calibration/).
/// </summary>
public sealed record RealRunRecord(
    DateTimeOffset RecordedAt,
    RecordedMachine Machine,
    RecordedConfiguration Configuration,
    RecordedCalibration Calibration,
    RecordedFigures Figures)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static RealRunRecord Load(string path) =>
        JsonSerializer.Deserialize<RealRunRecord>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no recorded run.");

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
    }
}
