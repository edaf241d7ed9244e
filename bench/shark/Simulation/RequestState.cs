namespace Xdt.Bench.Shark.Simulation;

public enum RequestState
{
    OnTheWay,
    Queued,
    InService,
    Answered,
    TimedOut,
}
