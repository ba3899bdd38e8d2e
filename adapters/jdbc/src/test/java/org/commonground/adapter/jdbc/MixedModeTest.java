package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.port.RoundStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running bot and a one-off command in another process share a file database in automatic
 * mixed mode, through a server that listens on loopback only.
 */
class MixedModeTest {

    static final ChatRef CHAT = ChatRef.parse("local:main");

    @TempDir
    static Path dir;
    private static String url;
    private static ConfigurableApplicationContext bot;

    @BeforeAll
    static void startTheBot() {
        url = "jdbc:h2:file:" + dir.resolve("commonground").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        bot = start(url);
        // Flyway's migration on start-up opened the file, and with it H2 started its server.
        assertThat(bot.getBean(RoundStore.class).openIn(CHAT)).isEmpty();
    }

    @AfterAll
    static void stopTheBot() {
        bot.close();
    }

    static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(StoresApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--spring.datasource.url=" + url);
    }

    @Test
    void theServerH2RecordsForOtherProcessesIsOnLoopback() throws IOException {
        InetSocketAddress server = recordedServer();

        assertThat(InetAddress.getByName(server.getHostString()).isLoopbackAddress())
                .as("recorded server %s", server).isTrue();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void theServerRefusesConnectionsOnOtherInterfaces() throws IOException {
        Optional<InetAddress> external = externalAddress();
        assumeThat(external).as("a non-loopback IPv4 address on this machine").isPresent();

        int port = recordedServer().getPort();

        assertThatThrownBy(() -> new Socket(external.get(), port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aOneOffCommandInAnotherProcessOpensARoundThatTheBotTakesUp() throws Exception {
        Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OneOffCommand.class.getName(), url)
                .redirectErrorStream(true)
                .start();
        String output;
        try {
            output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(command.waitFor(60, TimeUnit.SECONDS)).as("the command finished").isTrue();
        } finally {
            command.destroyForcibly();
        }
        assertThat(command.exitValue()).as(output).isZero();
        assertThat(output).as("the command's own start-up bound H2 to loopback")
                .contains(OneOffCommand.BOUND_TO + "127.0.0.1");
        long roundId = Long.parseLong(output.lines().filter(line -> line.startsWith(OneOffCommand.OPENED))
                .findFirst().orElseThrow(() -> new AssertionError(output)).substring(OneOffCommand.OPENED.length()));

        RoundStore rounds = bot.getBean(RoundStore.class);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(rounds.openIn(CHAT)).extracting(Round::id).containsExactly(roundId));
    }

    private InetSocketAddress recordedServer() throws IOException {
        Properties lock = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("commonground.lock.db"))) {
            lock.load(reader);
        }
        String server = lock.getProperty("server");
        int colon = server.lastIndexOf(':');
        return InetSocketAddress.createUnresolved(server.substring(0, colon),
                Integer.parseInt(server.substring(colon + 1)));
    }

    private static Optional<InetAddress> externalAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(MixedModeTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
                        && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
