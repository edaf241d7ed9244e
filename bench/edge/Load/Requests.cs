namespace Xdt.Bench.Edge.Load;

/// <summary>One GET as both load generators send it: the whole body read, any non-2xx or transport error a failure.</summary>
public static class Requests
{
    public static async Task<bool> GetAsync(HttpMessageInvoker client, Uri page, byte[] buffer, CancellationToken abandon)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            using var response = await client.SendAsync(request, abandon);
            await using var body = await response.Content.ReadAsStreamAsync(abandon);
            while (await body.ReadAsync(buffer, abandon) > 0)
            {
            }

            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}
