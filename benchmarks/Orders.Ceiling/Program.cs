using Microsoft.AspNetCore.Authentication.JwtBearer;

// The HTTP ceiling for a read: Kestrel, routing and the API's JwtBearer validation (configured from the same
// Authentication:Schemes:Bearer settings), answering every GET with a fixed order JSON and touching no database.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
// The same checks the API turns on in AuthSetup: issuer, audience, lifetime and signature, claims as they come.
builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
{
    options.MapInboundClaims = false;
    var parameters = options.TokenValidationParameters;
    parameters.ValidateIssuer = true;
    parameters.ValidateAudience = true;
    parameters.ValidateLifetime = true;
    parameters.ValidateIssuerSigningKey = true;
    parameters.RequireSignedTokens = true;
    parameters.RequireExpirationTime = true;
    parameters.RoleClaimType = "role";
    parameters.NameClaimType = "name";
});
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

var order = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "order.json"));
app.MapGet("/api/orders/{id}", (string id) => TypedResults.Bytes(order, "application/json")).RequireAuthorization();
app.MapGet("/api/orders", () => TypedResults.Bytes(order, "application/json")).RequireAuthorization();
app.MapGet("/health/ready", () => TypedResults.Ok());

await app.RunAsync();
