"""The web app: FastAPI pages and JSON over the appliance core."""
