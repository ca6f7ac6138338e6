# The app image: builds the CLI and the client, then runs the demo (ingest seeds/, serve the explorer)
# against the Neo4j named by NEO4J_URI (docker-compose.yml provides one).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY tools ./tools
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "bin/kg.js", "demo"]
