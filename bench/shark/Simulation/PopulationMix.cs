using Xdt.Geography;

namespace Xdt.Bench.Shark.Simulation;

/// <summary>
/// Where the crowd comes from: each client city weighted by its metropolitan population (millions, rounded), so
/// Tokyo, Shanghai and Seoul weigh most and Auckland least. Only the proportions matter.
/// </summary>
public static class PopulationMix
{
    public static IReadOnlyList<(ClientCity City, double Weight)> Cities { get; } =
    [
        (ClientCities.Beijing, 22), (ClientCities.Shanghai, 25), (ClientCities.HongKong, 7.5), (ClientCities.Frankfurt, 2.3),
        (ClientCities.Ohio, 2.1), (ClientCities.Virginia, 2.5), (ClientCities.Toronto, 6.2), (ClientCities.SaoPaulo, 22),
        (ClientCities.Sydney, 5.3), (ClientCities.Berlin, 4.5), (ClientCities.Paris, 11), (ClientCities.London, 9.5),
        (ClientCities.NewYork, 19), (ClientCities.Chicago, 9.5), (ClientCities.LosAngeles, 13), (ClientCities.MexicoCity, 22),
        (ClientCities.BuenosAires, 15), (ClientCities.Tokyo, 37), (ClientCities.Seoul, 26), (ClientCities.Singapore, 6),
        (ClientCities.Mumbai, 21), (ClientCities.Johannesburg, 10), (ClientCities.Auckland, 1.7), (ClientCities.Moscow, 12.6),
    ];
}
