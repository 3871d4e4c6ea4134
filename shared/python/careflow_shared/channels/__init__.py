"""Channel adapters: each turns a provider's webhook body into careflow's ``MessageReceived``."""
