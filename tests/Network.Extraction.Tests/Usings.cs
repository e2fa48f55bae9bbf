global using Stakeholders.Network.Extraction;
