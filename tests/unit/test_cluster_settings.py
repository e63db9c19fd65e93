"""Settings for running several workers and operating the local broker: advertised URL, Kafka's tools."""

from __future__ import annotations

import pytest

from streams.config import Settings
from streams.local.broker import BrokerUnavailableError
from streams.local.broker.local import tool_main_class

pytestmark = pytest.mark.unit


class TestAdvertisedUrl:
    """Workers reach each other at an address derived from the bind address, or the one the user sets."""

    def test_default_is_the_bind_address_not_the_host_name(self) -> None:
        """127.0.0.1:6066 advertises exactly that."""
        assert Settings(web_host="127.0.0.1", web_port=7001).advertised_url == "http://127.0.0.1:7001"

    def test_set_by_the_user(self) -> None:
        """DEALWATCH_WEB_ADVERTISED_URL wins (a trailing slash is dropped)."""
        settings = Settings(web_host="0.0.0.0", web_advertised_url="http://worker-2.internal:6066/")  # noqa: S104
        assert settings.advertised_url == "http://worker-2.internal:6066"

    def test_wildcard_bind_advertises_an_address(self) -> None:
        """0.0.0.0 cannot be dialled: an IPv4 address of this machine is advertised instead."""
        url = Settings(web_host="0.0.0.0", web_port=7002).advertised_url  # noqa: S104
        host = url.removeprefix("http://").removesuffix(":7002")
        assert host != "0.0.0.0"  # noqa: S104
        assert all(part.isdigit() for part in host.split("."))


class TestKafkaTools:
    """`dealwatch broker tools NAME` accepts the script names operators know."""

    @pytest.mark.parametrize("name", ["kafka-consumer-groups", "consumer-groups", "kafka-consumer-groups.sh"])
    def test_script_names_map_to_the_main_class(self, name: str) -> None:
        """With or without the kafka- prefix and .sh suffix."""
        assert tool_main_class(name) == "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand"

    def test_unknown_tool_lists_the_known_ones(self) -> None:
        """A typo is answered with the list."""
        with pytest.raises(BrokerUnavailableError, match="kafka-console-consumer"):
            tool_main_class("kafka-consumer-group")


class TestRoutingNeedsFromFaust:
    """streams/companies/routing.py reads these App attributes; an upgrade that drops one must fail here."""

    def test_app_exposes_router_state_and_advertised_url(self) -> None:
        """key_store, rebalancing, in_recovery, http_client and the canonical URL built from our settings."""
        from streams.app import create_app  # noqa: PLC0415 - builds a whole app: only this test needs it

        app = create_app(Settings(store="memory", web_port=7003, app_id="routing-attrs"))
        assert callable(app.router.key_store)
        assert app.rebalancing is False
        assert app.in_recovery is False
        assert "http_client" in dir(type(app))  # a property that opens a session: not called here
        assert str(app.conf.canonical_url) == "http://127.0.0.1:7003"
