namespace Xdt.EdgeRouter.Control;

/// <summary>Body of <c>PUT /_xdt/control/regions/{region}/preference</c>.</summary>
public sealed record PreferenceRequest(int Value);

/// <summary>Body of <c>PUT /_xdt/control/regions/{region}/penalty</c>.</summary>
public sealed record PenaltyRequest(double Ms);

/// <summary>Body of <c>PUT /_xdt/control/shifts</c>.</summary>
public sealed record ShiftRequest(string From, string To, double Percent);

/// <summary>Body of <c>PUT /_xdt/control/modes</c>; a missing field leaves that mode as it is.</summary>
public sealed record ModesRequest(bool? LatencySimulation, bool? Centralized);
